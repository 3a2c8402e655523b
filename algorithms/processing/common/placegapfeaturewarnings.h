/***************************************************************************
  placegapfeaturewarnings.h - per-feature warnings that do not flood the log
 ***************************************************************************/
#ifndef PLACEGAPFEATUREWARNINGS_H
#define PLACEGAPFEATUREWARNINGS_H

#include <QMap>
#include <QString>

class QgsProcessingFeedback;

/**
 * Pushes warnings about single features to the feedback, at most a few of each kind, then
 * counts the rest; summarize() reports how many of each kind there were in all.
 */
class PlaceGapFeatureWarnings
{
  public:
    explicit PlaceGapFeatureWarnings( QgsProcessingFeedback *feedback, int shownPerKind = 10 );

    //! Warns about one feature; kind groups warnings of the same cause ("null rank").
    void warn( const QString &kind, const QString &message );

    //! Pushes one line per kind whose warnings were not all shown.
    void summarize() const;

    //! Number of warnings of this kind so far.
    int count( const QString &kind ) const { return mCounts.value( kind ); }

  private:
    QgsProcessingFeedback *mFeedback = nullptr;
    int mShownPerKind = 10;
    QMap<QString, int> mCounts;
};

#endif // PLACEGAPFEATUREWARNINGS_H
