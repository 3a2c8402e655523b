/***************************************************************************
  placegapoutputguard.h - no partial output left behind when an algorithm fails
 ***************************************************************************/
#ifndef PLACEGAPOUTPUTGUARD_H
#define PLACEGAPOUTPUTGUARD_H

#include <QString>
#include <QVariantMap>

class QgsProcessingContext;

/**
 * Removes a file output that an algorithm created but did not finish (an exception, a write
 * error or cancellation after the sink was opened). Create it before the sink, declare it
 * before the sink so the sink is closed first, and call keep() once the output is complete.
 * A file that existed before the run is never deleted: it may hold other layers.
 */
class PlaceGapOutputGuard
{
  public:
    PlaceGapOutputGuard( const QVariantMap &parameters, const QString &outputName, QgsProcessingContext &context );
    //! Guards a file output whose path is already known (a raster destination, say).
    explicit PlaceGapOutputGuard( const QString &filePath );
    ~PlaceGapOutputGuard();
    PlaceGapOutputGuard( const PlaceGapOutputGuard & ) = delete;
    PlaceGapOutputGuard &operator=( const PlaceGapOutputGuard & ) = delete;

    //! The output is complete: leave it in place.
    void keep() { mKeep = true; }

  private:
    QString mNewFile; //!< Path of a file this run creates, empty when there is none.
    bool mKeep = false;
};

#endif // PLACEGAPOUTPUTGUARD_H
