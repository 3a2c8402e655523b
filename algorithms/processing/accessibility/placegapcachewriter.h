/***************************************************************************
  placegapcachewriter.h - graph cache writes done beside the run, not on its path
 ***************************************************************************/
#ifndef PLACEGAPCACHEWRITER_H
#define PLACEGAPCACHEWRITER_H

#include <QString>
#include <QStringList>

#include <functional>
#include <future>
#include <mutex>

class QgsProcessingFeedback;

/**
 * Writes to the graph cache on a thread of their own, one after another in the order handed
 * over, while the run goes on to search: keeping a 1M-link graph takes over a second that the
 * user need not wait for. What the writes said is reported to the run's feedback by finish()
 * (or on destruction), on the run's own thread, once every write is done.
 */
class PlaceGapCacheWriter
{
  public:
    //! What a write tells the user.
    struct Report
    {
        QStringList infos;
        QStringList warnings;
    };

    explicit PlaceGapCacheWriter( QgsProcessingFeedback *feedback );
    //! Finishes the writes (see finish()).
    ~PlaceGapCacheWriter();
    PlaceGapCacheWriter( const PlaceGapCacheWriter & ) = delete;
    PlaceGapCacheWriter &operator=( const PlaceGapCacheWriter & ) = delete;

    //! Runs write on the writer's thread once the writes handed over before it are done.
    void hand( std::function<Report()> write );
    //! Waits for every write handed over and reports what they said.
    void finish();

  private:
    QgsProcessingFeedback *mFeedback = nullptr;
    std::future<void> mLast; //!< The last write handed over; each waits for the one before.
    std::mutex mReportsMutex;
    Report mReports;
};

#endif // PLACEGAPCACHEWRITER_H
