/***************************************************************************
  placegapfeaturewarnings.cpp - per-feature warnings that do not flood the log
 ***************************************************************************/
#include "placegapfeaturewarnings.h"

#include "placegaptr.h"
#include "qgsprocessingfeedback.h"

#include <QObject>

PlaceGapFeatureWarnings::PlaceGapFeatureWarnings( QgsProcessingFeedback *feedback, int shownPerKind )
    : mFeedback( feedback ), mShownPerKind( shownPerKind )
{
}

void PlaceGapFeatureWarnings::warn( const QString &kind, const QString &message )
{
  const int seen = ++mCounts[kind];
  if ( mFeedback && seen <= mShownPerKind )
    mFeedback->pushWarning( message );
}

void PlaceGapFeatureWarnings::summarize() const
{
  if ( !mFeedback )
    return;
  for ( auto it = mCounts.constBegin(); it != mCounts.constEnd(); ++it )
  {
    if ( it.value() > mShownPerKind )
      mFeedback->pushWarning( PlaceGap::tr( "%n feature(s) in all with: %1 (only the first %2 are listed above).", nullptr, it.value() ).arg( it.key() ).arg( mShownPerKind ) );
  }
}
