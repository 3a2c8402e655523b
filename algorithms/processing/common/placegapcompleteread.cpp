/***************************************************************************
  placegapcompleteread.cpp - a pass over a layer that stopped short is an error, not fewer features
 ***************************************************************************/
#include "placegapcompleteread.h"

#include "placegaptr.h"
#include "qgsexception.h"
#include "qgsfeaturesource.h"

#include <QObject>

namespace placegap::reading
{
  void requireComplete( const QgsFeatureSource &source, long long read, const QString &parameter )
  {
    const long long expected = source.featureCount();
    if ( expected < 0 || read >= expected )
      return;
    throw QgsProcessingException( PlaceGap::tr( "The %1 layer '%2' says it holds %3 features, but only %4 could be read: the file is damaged or truncated part-way. Nothing is written from a partial read; repair or re-download it." )
                                      .arg( parameter, source.sourceName() )
                                      .arg( expected )
                                      .arg( read ) );
  }
} // namespace placegap::reading
