/***************************************************************************
  placegapcachewriter.cpp - graph cache writes done beside the run, not on its path
 ***************************************************************************/
#include "placegapcachewriter.h"

#include "qgsprocessingfeedback.h"

PlaceGapCacheWriter::PlaceGapCacheWriter( QgsProcessingFeedback *feedback )
    : mFeedback( feedback )
{
}

PlaceGapCacheWriter::~PlaceGapCacheWriter()
{
  finish();
}

void PlaceGapCacheWriter::hand( std::function<Report()> write )
{
  mLast = std::async( std::launch::async, [this, before = std::move( mLast ), write = std::move( write )]() mutable
                      {
    if ( before.valid() )
      before.wait();
    const Report report = write();
    const std::lock_guard<std::mutex> lock( mReportsMutex );
    mReports.infos << report.infos;
    mReports.warnings << report.warnings; } );
}

void PlaceGapCacheWriter::finish()
{
  if ( mLast.valid() )
    mLast.wait();
  mLast = std::future<void>();
  const std::lock_guard<std::mutex> lock( mReportsMutex );
  if ( mFeedback )
  {
    for ( const QString &warning : std::as_const( mReports.warnings ) )
      mFeedback->pushWarning( warning );
    for ( const QString &info : std::as_const( mReports.infos ) )
      mFeedback->pushInfo( info );
  }
  mReports = Report();
}
