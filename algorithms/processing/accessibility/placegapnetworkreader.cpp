/***************************************************************************
  placegapnetworkreader.cpp - a road network layer's lines as the core's road links
 ***************************************************************************/
#include "placegapnetworkreader.h"

#include "placegapcompat.h"
#include "placegapfeaturewarnings.h"
#include "placegaptr.h"
#include "wkblines.h"

#include "qgscoordinatetransform.h"
#include "qgsexception.h"
#include "qgsfeature.h"
#include "qgsfeaturerequest.h"
#include "qgsgeometry.h"
#include "qgsprocessingfeedback.h"
#include "qgsprocessingutils.h"

#include <algorithm>
#include <cmath>

namespace
{
  //! A route=ferry way without a duration is taken at this speed (about 13.5 knots, a CalMac crossing's pace).
  constexpr double OSM_FERRY_KMH_WITHOUT_DURATION = 25.0;
} // namespace

// Built only for a warning: a network of a million lines is read without a label a line.
QString PlaceGapNetworkReader::featureLabel( QgsFeatureId id )
{
  return PlaceGap::tr( "Network feature %1" ).arg( id );
}

PlaceGapNetworkReader::PlaceGapNetworkReader( const Rules &rules, PlaceGapFeatureWarnings &warnings )
    : mRules( rules ), mWarnings( warnings )
{
}

QList<int> PlaceGapNetworkReader::attributes() const
{
  QList<int> attributes;
  for ( int index : { mRules.directionIndex, mRules.speedIndex, mRules.classIndex, mRules.ferryIndex } )
  {
    if ( index >= 0 )
      attributes << index;
  }
  for ( const auto &field : mRules.presetIndices )
    attributes << field.first;
  return attributes;
}

void PlaceGapNetworkReader::warn( const QString &kind, const QString &message )
{
  messages << qMakePair( kind, message );
  mWarnings.warn( kind, message );
}

// A line by its product's tags: the product's rules say whether it is driven, which way, how fast.
template <class Line>
bool PlaceGapNetworkReader::presetRoadLink( const Line &feature, const Parts &parts, placegap::RoadLink &link )
{
  placegap::LineTags tags;
  for ( const auto &[index, name] : mRules.presetIndices )
  {
    const QVariant value = feature.attribute( index );
    if ( placegap::compat::isNull( value ) )
      continue;
    if ( name == "other_tags" )
    {
      for ( const auto &[key, tagValue] : placegap::parseOtherTags( value.toString().toStdString() ) )
        tags.emplace( key, tagValue ); // a field of its own wins over other_tags
    }
    else
    {
      tags[name] = value.toString().toStdString();
    }
  }
  const placegap::PresetLink read = placegap::presetLink( mRules.preset, tags, mRules.table, mRules.defaultSpeed );
  if ( !read.include )
  {
    ++mPresetLeftOut[QString::fromStdString( read.reason )];
    return false;
  }
  link.direction = read.direction;
  if ( read.ferry )
  {
    if ( mRules.timetabled )
    {
      ++mFerriesReplaced;
      return false;
    }
    double minutes = read.ferryMinutes ? *read.ferryMinutes : NAN;
    if ( !read.ferryMinutes )
    {
      const double length = placegap::linesLength( parts );
      minutes = length / 1000.0 / OSM_FERRY_KMH_WITHOUT_DURATION * 60.0;
      warn( PlaceGap::tr( "ferry without a duration" ), PlaceGap::tr( "%1 is a ferry (route=ferry) without a duration; its %2 km are taken at %3 km/h (%4 minutes). Tag duration, or give a ferry timetable." ).arg( featureLabel( feature.id() ) ).arg( length / 1000.0, 0, 'f', 1 ).arg( OSM_FERRY_KMH_WITHOUT_DURATION ).arg( minutes, 0, 'f', 0 ) );
    }
    link.ferryCrossingMinutes = mRules.fastest ? minutes : -1;
    link.speedKmh = 3.6;
    return true;
  }
  if ( read.classUnknown )
    warn( PlaceGap::tr( "road class not in the speed table" ), PlaceGap::tr( "%1: road class '%2' is not in the speed table; the default speed (DEFAULT_SPEED, %3 km/h) is used." ).arg( featureLabel( feature.id() ), QString::fromStdString( read.roadClass ) ).arg( mRules.defaultSpeed ) );
  link.speedKmh = mRules.fastest ? read.speedKmh : 3.6;
  return true;
}

placegap::LinkDirection PlaceGapNetworkReader::directionOf( const QVariant &value ) const
{
  const QString text = placegap::compat::isNull( value ) ? QString() : value.toString().trimmed();
  if ( !text.isEmpty() || !placegap::compat::isNull( value ) )
  {
    if ( !mRules.valueForward.isEmpty() && text == mRules.valueForward )
      return placegap::LinkDirection::Forward;
    if ( !mRules.valueBackward.isEmpty() && text == mRules.valueBackward )
      return placegap::LinkDirection::Backward;
    if ( !mRules.valueBoth.isEmpty() && text == mRules.valueBoth )
      return placegap::LinkDirection::Both;
  }
  return mRules.defaultDirection;
}

// A line by the fields the user chose: a ferry's crossing minutes, else a speed.
template <class Line>
bool PlaceGapNetworkReader::customRoadLink( const Line &feature, placegap::RoadLink &link )
{
  link.direction = directionOf( mRules.directionIndex >= 0 ? feature.attribute( mRules.directionIndex ) : QVariant() );
  const QVariant ferry = mRules.ferryIndex >= 0 ? feature.attribute( mRules.ferryIndex ) : QVariant();
  if ( placegap::compat::isNull( ferry ) )
    return customSpeed( feature, link );
  if ( mRules.timetabled )
  {
    ++mFerriesReplaced;
    return false;
  }
  bool ok = false;
  const double minutes = ferry.toDouble( &ok );
  if ( !ok || !std::isfinite( minutes ) || minutes < 0 )
  {
    warn( PlaceGap::tr( "bad ferry minutes" ), PlaceGap::tr( "%1: ferry field '%2' is %3, not a number of minutes of 0 or more; the line is left out of the network." ).arg( featureLabel( feature.id() ), mRules.ferryField, ferry.toString() ) );
    return false;
  }
  link.ferryCrossingMinutes = mRules.fastest ? minutes : -1;
  link.speedKmh = 3.6;
  return true;
}

// A road's speed: its speed field, else its class's speed, else the default speed. The same lines
// are left out whatever the strategy: a footway is not driven, short or fast.
template <class Line>
bool PlaceGapNetworkReader::customSpeed( const Line &feature, placegap::RoadLink &link )
{
  double speed = NAN;
  if ( mRules.speedIndex >= 0 )
  {
    const QVariant value = feature.attribute( mRules.speedIndex );
    if ( placegap::compat::isNull( value ) )
    {
      if ( mRules.fastest )
        warn( PlaceGap::tr( "NULL speed" ), PlaceGap::tr( "%1: speed field '%2' is NULL; the road class or the default speed (DEFAULT_SPEED) is used." ).arg( featureLabel( feature.id() ), mRules.speedField ) );
    }
    else
    {
      speed = value.toDouble();
      if ( !( speed > 0 ) || !std::isfinite( speed ) )
      {
        warn( PlaceGap::tr( "speed 0 or less" ), PlaceGap::tr( "%1: speed field '%2' is %3 km/h; the line cannot be travelled and is left out of the network." ).arg( featureLabel( feature.id() ), mRules.speedField, value.toString() ) );
        return false;
      }
    }
  }
  if ( std::isnan( speed ) && mRules.classIndex >= 0 )
  {
    const QVariant value = feature.attribute( mRules.classIndex );
    const QString roadClass = placegap::compat::isNull( value ) ? QString() : value.toString();
    const std::optional<double> classSpeed = mRules.table.speedFor( roadClass.toStdString() );
    if ( classSpeed && *classSpeed == 0 )
    {
      ++mExcludedByClass;
      return false;
    }
    if ( classSpeed )
      speed = *classSpeed;
    else if ( mRules.fastest )
      warn( PlaceGap::tr( "road class not in the speed table" ), PlaceGap::tr( "%1: road class '%2' (field '%3') is not in the speed table; the default speed (DEFAULT_SPEED, %4 km/h) is used." ).arg( featureLabel( feature.id() ), roadClass, mRules.classField ).arg( mRules.defaultSpeed ) );
  }
  // Shortest paths cost 1 m/s: the cost in seconds is the length in metres.
  link.speedKmh = !mRules.fastest ? 3.6 : ( std::isnan( speed ) ? mRules.defaultSpeed : speed );
  return true;
}

// A line and its parts: warned of, left out, or a link a part.
template <class Line>
void PlaceGapNetworkReader::addLine( const Line &line, bool hasGeometry, Parts &parts )
{
  ++features;
  if ( !hasGeometry )
  {
    warn( PlaceGap::tr( "network line without geometry" ), PlaceGap::tr( "%1 has no geometry; it is left out of the network." ).arg( featureLabel( line.id() ) ) );
    return;
  }
  placegap::RoadLink link;
  const bool kept = mRules.preset != placegap::NetworkPreset::Custom ? presetRoadLink( line, parts, link ) : customRoadLink( line, link );
  if ( !kept )
    return;
  for ( std::vector<placegap::Point> &part : parts )
  {
    placegap::RoadLink partLink = link;
    partLink.vertices = std::move( part );
    links.push_back( std::move( partLink ) );
    linkFeature.push_back( line.id() );
  }
}

// As QGIS gives a line's parts: curves segmentized, Z and M dropped. False: no geometry.
bool PlaceGapNetworkReader::geometryParts( const QgsGeometry &geometry, Parts &parts )
{
  parts.clear();
  if ( geometry.isNull() || geometry.isEmpty() )
    return false;
  const QgsMultiPolylineXY lines = geometry.isMultipart() ? geometry.asMultiPolyline() : QgsMultiPolylineXY { geometry.asPolyline() };
  for ( const QgsPolylineXY &line : lines )
  {
    std::vector<placegap::Point> &part = parts.emplace_back();
    part.reserve( static_cast<std::size_t>( line.size() ) );
    for ( const QgsPointXY &p : line )
      part.push_back( { p.x(), p.y() } );
  }
  return true;
}

void PlaceGapNetworkReader::progress( long long total, QgsProcessingFeedback *feedback ) const
{
  if ( features % 1000 == 0 )
    feedback->setProgress( 30.0 * static_cast<double>( features ) / static_cast<double>( std::max( total, 1LL ) ) );
}

bool PlaceGapNetworkReader::read( QgsProcessingFeatureSource &source, const QgsFeatureRequest &request, QgsProcessingFeedback *feedback )
{
  const long long total = source.featureCount();
  QgsFeatureIterator it = source.getFeatures( request, placegap::compat::SOURCE_SKIP_GEOMETRY_CHECKS );
  QgsFeature feature;
  Parts parts;
  while ( it.nextFeature( feature ) )
  {
    if ( feedback->isCanceled() )
      return false;
    const bool hasGeometry = geometryParts( feature.geometry(), parts );
    addLine( feature, hasGeometry, parts );
    progress( total, feedback );
  }
  return true;
}

// As QGIS's reading gives a line's parts, from its well-known binary (null: no geometry),
// reprojected by toNetwork where it is valid. False: no geometry.
bool PlaceGapNetworkReader::wkbParts( const unsigned char *wkb, std::size_t bytes, const QgsCoordinateTransform &toNetwork, Parts &parts )
{
  if ( !wkb )
  {
    parts.clear();
    return false;
  }
  if ( placegap::readWkbLines( wkb, bytes, parts ) == placegap::WkbLines::Other )
  {
    // Curves and other geometries as QGIS reads them.
    QgsGeometry geometry;
    geometry.fromWkb( QByteArray( reinterpret_cast<const char *>( wkb ), static_cast<int>( bytes ) ) );
    try
    {
      if ( toNetwork.isValid() && !geometry.isNull() )
        geometry.transform( toNetwork );
    }
    catch ( QgsCsException & )
    {
      geometry = QgsGeometry(); // as QGIS's reading does: no geometry rather than one in another CRS
    }
    return geometryParts( geometry, parts );
  }
  // Each part as QgsGeometry::transform moves it: x and y together, z 0.
  if ( toNetwork.isValid() )
  {
    try
    {
      for ( std::vector<placegap::Point> &part : parts )
      {
        mX.resize( part.size() );
        mY.resize( part.size() );
        mZ.assign( part.size(), 0.0 );
        for ( std::size_t i = 0; i < part.size(); ++i )
        {
          mX[i] = part[i].x;
          mY[i] = part[i].y;
        }
        toNetwork.transformCoords( static_cast<int>( part.size() ), mX.data(), mY.data(), mZ.data() );
        for ( std::size_t i = 0; i < part.size(); ++i )
          part[i] = { mX[i], mY[i] };
      }
    }
    catch ( QgsCsException & )
    {
      parts.clear();
    }
  }
  // Empty as QGIS sees it: no part, or only empty ones.
  return std::any_of( parts.begin(), parts.end(), []( const std::vector<placegap::Point> &part )
                      { return !part.empty(); } );
}

bool PlaceGapNetworkReader::readInBulk( PlaceGapBulkLines &lines, long long total, const QgsCoordinateTransform &toNetwork, QgsProcessingFeedback *feedback )
{
  Parts parts;
  while ( lines.nextBatch() )
  {
    for ( std::size_t row = 0; row < lines.batchSize(); ++row )
    {
      if ( row % 1000 == 0 && feedback->isCanceled() )
        return false;
      const PlaceGapBulkLines::Line line = lines.line( row );
      std::size_t bytes = 0;
      const unsigned char *wkb = line.wkb( bytes );
      const bool hasGeometry = wkbParts( wkb, bytes, toNetwork, parts );
      addLine( line, hasGeometry, parts );
      progress( total, feedback );
    }
  }
  return true;
}

void PlaceGapNetworkReader::warnSkipped( const placegap::RoadGraph &graph )
{
  for ( const placegap::SkippedLink &skipped : graph.skippedLinks )
  {
    const QString label = featureLabel( linkFeature[skipped.input] );
    switch ( skipped.problem )
    {
    case placegap::LinkProblem::TooFewVertices:
      warn( PlaceGap::tr( "network line of one point" ), PlaceGap::tr( "%1 has a part with fewer than two vertices; the part is left out of the network." ).arg( label ) );
      break;
    case placegap::LinkProblem::NotFinite:
      warn( PlaceGap::tr( "network line with bad coordinates" ), PlaceGap::tr( "%1 has coordinates that are not numbers; it is left out of the network." ).arg( label ) );
      break;
    case placegap::LinkProblem::BadSpeed:
      warn( PlaceGap::tr( "speed 0 or less" ), PlaceGap::tr( "%1 has no usable speed; it is left out of the network." ).arg( label ) );
      break;
    }
  }
}

void PlaceGapNetworkReader::reportLeftOut( QgsProcessingFeedback *feedback )
{
  for ( auto reason = mPresetLeftOut.constBegin(); reason != mPresetLeftOut.constEnd(); ++reason )
  {
    messages << qMakePair( QString(), PlaceGap::tr( "%n line(s) left out: %1.", nullptr, static_cast<int>( reason.value() ) ).arg( reason.key() ) );
    feedback->pushInfo( messages.last().second );
  }
  if ( mFerriesReplaced > 0 )
  {
    messages << qMakePair( QString(), PlaceGap::tr( "%n ferry line(s) of the network left out: the ferry timetable's sailings stand for them.", nullptr, static_cast<int>( mFerriesReplaced ) ) );
    feedback->pushInfo( messages.last().second );
  }
  if ( mExcludedByClass > 0 )
  {
    messages << qMakePair( QString(), PlaceGap::tr( "%n line(s) left out because their road class has speed 0 (not driven).", nullptr, static_cast<int>( mExcludedByClass ) ) );
    feedback->pushInfo( messages.last().second );
  }
}
