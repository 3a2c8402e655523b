/***************************************************************************
  placegapnetworkalgorithmbase.cpp - shared network parameters of the service accessibility algorithms
 ***************************************************************************/
#include "placegapnetworkalgorithmbase.h"

#include "networkpresets.h"
#include "parallel.h"
#include "placegapattributes.h"
#include "placegapcompat.h"
#include "placegapcompleteread.h"
#include "placegapfeaturewarnings.h"
#include "placegapgraphcache.h"
#include "placegapinstalleddata.h"
#include "placegapmetriccrs.h"
#include "placegapnetworkreader.h"
#include "placegapsailingsreader.h"
#include "placegaptr.h"
#include "placegapversion.h"
#include "roadspeeds.h"

#include "qgsapplication.h"
#include "qgscoordinatetransform.h"
#include "qgsexception.h"
#include "qgsfeaturerequest.h"
#include "qgsgeometry.h"
#include "qgsprocessingfeedback.h"
#include "qgsprocessingparameters.h"
#include "qgsproviderregistry.h"
#include "qgsvectorlayer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>

#include <QElapsedTimer>
#include <QIcon>
#include <QRegularExpression>

#include <cmath>
#include <limits>

const QString PlaceGapNetworkAlgorithmBase::FIELD_ORIGIN_ID = QStringLiteral( "origin_id" );
const QString PlaceGapNetworkAlgorithmBase::FIELD_DESTINATION_ID = QStringLiteral( "dest_id" );
const QString PlaceGapNetworkAlgorithmBase::FIELD_MINUTES = QStringLiteral( "minutes" );
const QString PlaceGapNetworkAlgorithmBase::FIELD_KM = QStringLiteral( "km" );
const QString PlaceGapNetworkAlgorithmBase::FIELD_RANK = QStringLiteral( "rank" );
const QString PlaceGapNetworkAlgorithmBase::FIELD_ORIGIN_SNAP = QStringLiteral( "origin_snap_m" );
const QString PlaceGapNetworkAlgorithmBase::FIELD_DESTINATION_SNAP = QStringLiteral( "dest_snap_m" );
const QString PlaceGapNetworkAlgorithmBase::FIELD_ROAD_MINUTES = QStringLiteral( "road_min" );
const QString PlaceGapNetworkAlgorithmBase::FIELD_FERRY_MINUTES = QStringLiteral( "ferry_min" );
const QString PlaceGapNetworkAlgorithmBase::FIELD_WAIT_MINUTES = QStringLiteral( "wait_min" );
const QString PlaceGapNetworkAlgorithmBase::FIELD_FERRY_LEGS = QStringLiteral( "ferry_legs" );
const QString PlaceGapNetworkAlgorithmBase::FIELD_ARRIVE_AT = QStringLiteral( "arrive_at" );
const QString PlaceGapNetworkAlgorithmBase::FIELD_SAME_DAY_RETURN = QStringLiteral( "same_day_return" );
const QString PlaceGapNetworkAlgorithmBase::FIELD_LATEST_RETURN = QStringLiteral( "latest_return" );
const QString PlaceGapNetworkAlgorithmBase::FIELD_WINDOW_MEAN = QStringLiteral( "window_mean_min" );
const QString PlaceGapNetworkAlgorithmBase::FIELD_WINDOW_WORST = QStringLiteral( "window_worst_min" );
const QString PlaceGapNetworkAlgorithmBase::FIELD_WINDOW_REACHED = QStringLiteral( "window_reached" );

namespace
{
  // QGIS's network analysis parameter ids, where they mean the same thing.
  const QString INPUT = QStringLiteral( "INPUT" );
  const QString STRATEGY = QStringLiteral( "STRATEGY" );
  const QString DIRECTION_FIELD = QStringLiteral( "DIRECTION_FIELD" );
  const QString VALUE_FORWARD = QStringLiteral( "VALUE_FORWARD" );
  const QString VALUE_BACKWARD = QStringLiteral( "VALUE_BACKWARD" );
  const QString VALUE_BOTH = QStringLiteral( "VALUE_BOTH" );
  const QString DEFAULT_DIRECTION = QStringLiteral( "DEFAULT_DIRECTION" );
  const QString SPEED_FIELD = QStringLiteral( "SPEED_FIELD" );
  const QString DEFAULT_SPEED = QStringLiteral( "DEFAULT_SPEED" );
  const QString TOLERANCE = QStringLiteral( "TOLERANCE" );
  // PlaceGap's own.
  const QString ROAD_CLASS_FIELD = QStringLiteral( "ROAD_CLASS_FIELD" );
  const QString SPEED_TABLE = QStringLiteral( "SPEED_TABLE" );
  const QString FERRY_FIELD = QStringLiteral( "FERRY_FIELD" );
  const QString FERRY_WAIT = QStringLiteral( "FERRY_WAIT" );
  const QString NODES_AT_VERTICES = QStringLiteral( "NODES_AT_VERTICES" );
  const QString OFF_NETWORK_SPEED = QStringLiteral( "OFF_NETWORK_SPEED" );
  const QString MAX_SNAP_DISTANCE = QStringLiteral( "MAX_SNAP_DISTANCE" );
  const QString MIN_PART_NODES = QStringLiteral( "MIN_PART_NODES" );
  const QString THREADS = QStringLiteral( "THREADS" );
  constexpr int DEFAULT_MIN_PART_NODES = 1000;    //!< OSRM's default for its "small components".
  constexpr double NEAR_USEFUL_PART_METRES = 100; //!< A site on a fragment joins a useful part this near (or 3 times the fragment's distance).
  const QString GRAPH_CACHE = QStringLiteral( "GRAPH_CACHE" );
  const QString NETWORK_PRESET = QStringLiteral( "NETWORK_PRESET" );
  // Ferry timetables.
  const QString FERRY_TIMETABLE = QStringLiteral( "FERRY_TIMETABLE" );
  const QString FERRY_TERMINALS = QStringLiteral( "FERRY_TERMINALS" );
  const QString DEPART_AT = QStringLiteral( "DEPART_AT" );
  const QString CHECK_IN_MINUTES = QStringLiteral( "CHECK_IN_MINUTES" );
  const QString STAY_MINUTES = QStringLiteral( "STAY_MINUTES" );
  const QString DEPART_UNTIL = QStringLiteral( "DEPART_UNTIL" );
  const QString DEPART_EVERY = QStringLiteral( "DEPART_EVERY" );
  constexpr int MAX_WINDOW_RUNS = 288;
  const QString TIMETABLE_FROM_FIELD = QStringLiteral( "TIMETABLE_FROM_FIELD" );
  const QString TIMETABLE_TO_FIELD = QStringLiteral( "TIMETABLE_TO_FIELD" );
  const QString TIMETABLE_DEPARTURE_FIELD = QStringLiteral( "TIMETABLE_DEPARTURE_FIELD" );
  const QString TIMETABLE_MINUTES_FIELD = QStringLiteral( "TIMETABLE_MINUTES_FIELD" );
  const QString TIMETABLE_DAY_FIELDS = QStringLiteral( "TIMETABLE_DAY_FIELDS" );
  const QString TIMETABLE_CHECK_IN_FIELD = QStringLiteral( "TIMETABLE_CHECK_IN_FIELD" );
  const QString TIMETABLE_VEHICLES_FIELD = QStringLiteral( "TIMETABLE_VEHICLES_FIELD" );
  const QString FERRY_TRAVELLER = QStringLiteral( "FERRY_TRAVELLER" );
  const QString TERMINAL_CODE_FIELD = QStringLiteral( "TERMINAL_CODE_FIELD" );
  const QString TERMINAL_DISTANCE = QStringLiteral( "TERMINAL_DISTANCE" );
  const QString DEFAULT_DEPART_AT = QStringLiteral( "Wed 08:00" );
  constexpr int DEFAULT_DAY = 2; //!< Wednesday: the day of a DEPART_AT given as a time alone.

  enum DefaultDirection
  {
    DirectionForward = 0,
    DirectionBackward = 1,
    DirectionBoth = 2,
  };

  //! The speed table of the parameters, or no value with the reason.
  std::optional<placegap::RoadSpeedTable> speedTable( const QString &text, QString *error )
  {
    std::string problem;
    auto table = placegap::RoadSpeedTable::parse( text.toStdString(), true, &problem );
    if ( !table && error )
      *error = QString::fromStdString( problem );
    return table;
  }
} // namespace

QString PlaceGapNetworkAlgorithmBase::group() const
{
  return PlaceGap::tr( "Service accessibility" );
}

QString PlaceGapNetworkAlgorithmBase::groupId() const
{
  return QStringLiteral( "serviceaccessibility" );
}

void PlaceGapNetworkAlgorithmBase::addNetworkParameters()
{
  using namespace placegap::compat;
  addParameter( new QgsProcessingParameterFeatureSource( INPUT, PlaceGap::tr( "Road network (lines)" ), QList<int>() << static_cast<int>( SOURCE_LINE ) ) );
  addParameter( new QgsProcessingParameterEnum( STRATEGY, PlaceGap::tr( "Path type to calculate" ), QStringList() << PlaceGap::tr( "Shortest (distance)" ) << PlaceGap::tr( "Fastest (time)" ), false, Fastest ) );
  addParameter( new QgsProcessingParameterEnum( NETWORK_PRESET, PlaceGap::tr( "Network product (reads its fields for direction, speed and ferries)" ),
                                                QStringList() << PlaceGap::tr( "Custom (fields set below)" ) << PlaceGap::tr( "OpenStreetMap (highway, oneway, maxspeed, route=ferry)" ) << PlaceGap::tr( "OS Open Roads" ) << PlaceGap::tr( "OS MasterMap Highways (road links)" ), false, static_cast<int>( placegap::NetworkPreset::Custom ) ) );

  auto advanced = [this]( QgsProcessingParameterDefinition *parameter )
  {
    parameter->setFlags( parameter->flags() | PARAMETER_ADVANCED );
    addParameter( parameter );
  };
  advanced( new QgsProcessingParameterField( DIRECTION_FIELD, PlaceGap::tr( "Direction field" ), QVariant(), INPUT, FIELD_ANY, false, true ) );
  advanced( new QgsProcessingParameterString( VALUE_FORWARD, PlaceGap::tr( "Value for forward direction" ), QVariant(), false, true ) );
  advanced( new QgsProcessingParameterString( VALUE_BACKWARD, PlaceGap::tr( "Value for backward direction" ), QVariant(), false, true ) );
  advanced( new QgsProcessingParameterString( VALUE_BOTH, PlaceGap::tr( "Value for both directions" ), QVariant(), false, true ) );
  advanced( new QgsProcessingParameterEnum( DEFAULT_DIRECTION, PlaceGap::tr( "Default direction" ), QStringList() << PlaceGap::tr( "Forward direction" ) << PlaceGap::tr( "Backward direction" ) << PlaceGap::tr( "Both directions" ), false, DirectionBoth ) );
  advanced( new QgsProcessingParameterField( SPEED_FIELD, PlaceGap::tr( "Speed field (km/h)" ), QVariant(), INPUT, FIELD_NUMERIC, false, true ) );
  advanced( new QgsProcessingParameterNumber( DEFAULT_SPEED, PlaceGap::tr( "Default speed (km/h)" ), NUMBER_DOUBLE, 50.0, false, 0 ) );
  advanced( new QgsProcessingParameterField( ROAD_CLASS_FIELD, PlaceGap::tr( "Road class field (OS Open Roads class/function, OSM highway)" ), QVariant(), INPUT, FIELD_ANY, false, true ) );
  advanced( new QgsProcessingParameterString( SPEED_TABLE, PlaceGap::tr( "Road class speeds over the defaults (class=km/h;...)" ), QVariant(), true, true ) );
  advanced( new QgsProcessingParameterField( FERRY_FIELD, PlaceGap::tr( "Ferry crossing minutes field (non-NULL = ferry)" ), QVariant(), INPUT, FIELD_NUMERIC, false, true ) );
  advanced( new QgsProcessingParameterNumber( FERRY_WAIT, PlaceGap::tr( "Ferry boarding wait (minutes)" ), NUMBER_DOUBLE, 0.0, false, 0 ) );
  advanced( new QgsProcessingParameterDistance( TOLERANCE, PlaceGap::tr( "Topology tolerance" ), 0.0, INPUT, false, 0 ) );
  advanced( new QgsProcessingParameterBoolean( NODES_AT_VERTICES, PlaceGap::tr( "Join lines at shared vertices, not only at line ends" ), true ) );
  advanced( new QgsProcessingParameterNumber( OFF_NETWORK_SPEED, PlaceGap::tr( "Speed between a site and the network (km/h)" ), NUMBER_DOUBLE, 4.8, false, 0 ) );
  advanced( new QgsProcessingParameterNumber( THREADS, PlaceGap::tr( "Threads for the searches (0 = QGIS's setting, which is all cores unless limited)" ), NUMBER_INTEGER, 0, false, 0 ) );
  advanced( new QgsProcessingParameterBoolean( GRAPH_CACHE, PlaceGap::tr( "Keep the built graph for the next run on the same network" ), true ) );
  advanced( new QgsProcessingParameterDistance( MAX_SNAP_DISTANCE, PlaceGap::tr( "Warn when a site is further than this from the network" ), 1000.0, INPUT, false, 0 ) );
  advanced( new QgsProcessingParameterNumber( MIN_PART_NODES, PlaceGap::tr( "Sites near a cut-off fragment join a part of at least this many nodes (0 = the nearest road, whatever its part)" ), NUMBER_INTEGER, DEFAULT_MIN_PART_NODES, false, 0 ) );

  addTimetableParameters( INPUT );
}

void PlaceGapNetworkAlgorithmBase::addTimetableParameters( const QString &distanceParent )
{
  using namespace placegap::compat;
  auto advanced = [this]( QgsProcessingParameterDefinition *parameter )
  {
    parameter->setFlags( parameter->flags() | PARAMETER_ADVANCED );
    addParameter( parameter );
  };
  // Ferries as timetabled: the defaults are the published Northern Alliance ferry tables' names.
  const PlaceGapSailingsReader::Fields names;
  addParameter( new QgsProcessingParameterFeatureSource( FERRY_TIMETABLE, PlaceGap::tr( "Ferry timetable (one row per sailing; optional)" ), QList<int>() << static_cast<int>( SOURCE_ANY_VECTOR ), QVariant(), true ) );
  addParameter( new QgsProcessingParameterFeatureSource( FERRY_TERMINALS, PlaceGap::tr( "Ferry terminals (points with the timetable's stop codes)" ), QList<int>() << static_cast<int>( SOURCE_POINT ), QVariant(), true ) );
  addParameter( new QgsProcessingParameterString( DEPART_AT, PlaceGap::tr( "Leave at (day and time, e.g. Wed 08:00; with a ferry timetable)" ), DEFAULT_DEPART_AT, false, true ) );
  advanced( new QgsProcessingParameterNumber( CHECK_IN_MINUTES, PlaceGap::tr( "Ferry check-in (minutes before a sailing)" ), NUMBER_DOUBLE, 10.0, false, 0, 240 ) );
  advanced( new QgsProcessingParameterField( TIMETABLE_FROM_FIELD, PlaceGap::tr( "Timetable: from stop field" ), names.from, FERRY_TIMETABLE, FIELD_ANY, false, true ) );
  advanced( new QgsProcessingParameterField( TIMETABLE_TO_FIELD, PlaceGap::tr( "Timetable: to stop field" ), names.to, FERRY_TIMETABLE, FIELD_ANY, false, true ) );
  advanced( new QgsProcessingParameterField( TIMETABLE_DEPARTURE_FIELD, PlaceGap::tr( "Timetable: departure time field (HH:MM)" ), names.departure, FERRY_TIMETABLE, FIELD_ANY, false, true ) );
  advanced( new QgsProcessingParameterField( TIMETABLE_MINUTES_FIELD, PlaceGap::tr( "Timetable: crossing minutes field" ), names.minutes, FERRY_TIMETABLE, FIELD_ANY, false, true ) );
  advanced( new QgsProcessingParameterString( TIMETABLE_DAY_FIELDS, PlaceGap::tr( "Timetable: fields of the days it runs, Monday first (0/1; empty = every day)" ), names.days.join( ';' ), false, true ) );
  advanced( new QgsProcessingParameterField( TIMETABLE_CHECK_IN_FIELD, PlaceGap::tr( "Timetable: the sailing's own check-in minutes field (optional)" ), QVariant(), FERRY_TIMETABLE, FIELD_ANY, false, true ) );
  advanced( new QgsProcessingParameterField( TIMETABLE_VEHICLES_FIELD, PlaceGap::tr( "Timetable: field saying whether a sailing carries vehicles (optional)" ), QVariant(), FERRY_TIMETABLE, FIELD_ANY, false, true ) );
  advanced( new QgsProcessingParameterEnum( FERRY_TRAVELLER, PlaceGap::tr( "Ferry traveller" ), QStringList() << PlaceGap::tr( "Driving (vehicle sailings only)" ) << PlaceGap::tr( "On foot (every sailing)" ), false, 0 ) );
  advanced( new QgsProcessingParameterField( TERMINAL_CODE_FIELD, PlaceGap::tr( "Ferry terminals: stop code field" ), names.terminalCode, FERRY_TERMINALS, FIELD_ANY, false, true ) );
  advanced( new QgsProcessingParameterDistance( TERMINAL_DISTANCE, PlaceGap::tr( "Ferry terminals: join the nearest network node within" ), 1000.0, distanceParent, false, 0 ) );
}

void PlaceGapNetworkAlgorithmBase::addReturnTripParameter()
{
  addParameter( new QgsProcessingParameterNumber( STAY_MINUTES, PlaceGap::tr( "Minutes spent at the service before going home (with a ferry timetable)" ), placegap::compat::NUMBER_DOUBLE, 60.0, false, 0, 1440 ) );
  // A window of departures, as accessibility studies average over a morning.
  addParameter( new QgsProcessingParameterString( DEPART_UNTIL, PlaceGap::tr( "Also leave every few minutes until (HH:MM; empty = only at the time above)" ), QVariant(), false, true ) );
  addParameter( new QgsProcessingParameterNumber( DEPART_EVERY, PlaceGap::tr( "Minutes between departures in that window" ), placegap::compat::NUMBER_DOUBLE, 15.0, false, 1, 1440 ) );
}

void PlaceGapNetworkAlgorithmBase::addSitesParameters( const QString &sourceId, const QString &idFieldId, const QString &description )
{
  using namespace placegap::compat;
  addParameter( new QgsProcessingParameterFeatureSource( sourceId, description, QList<int>() << static_cast<int>( SOURCE_POINT ) << static_cast<int>( SOURCE_POLYGON ) ) );
  // Its fields are named by the layer's label without the parenthesis, so that they fit the dialog.
  const QString layerName = description.section( QStringLiteral( " (" ), 0, 0 );
  if ( !idFieldId.isEmpty() )
    addParameter( new QgsProcessingParameterField( idFieldId, PlaceGap::tr( "%1: id field (default: feature id)" ).arg( layerName ), QVariant(), sourceId, FIELD_ANY, false, true ) );
  for ( const QString &coordinate : { xFieldId( sourceId ), yFieldId( sourceId ) } )
  {
    auto *field = new QgsProcessingParameterField( coordinate, PlaceGap::tr( "%1: %2 of the point to use, e.g. a population-weighted centroid (layer CRS)" ).arg( layerName, coordinate == xFieldId( sourceId ) ? QStringLiteral( "x" ) : QStringLiteral( "y" ) ), QVariant(), sourceId, FIELD_NUMERIC, false, true );
    field->setFlags( field->flags() | PARAMETER_ADVANCED );
    addParameter( field );
  }
  mSiteParameters << qMakePair( sourceId, idFieldId );
}

QString PlaceGapNetworkAlgorithmBase::networkProblem( const QVariantMap &parameters, QgsProcessingContext &context ) const
{
  std::unique_ptr<QgsProcessingFeatureSource> network( parameterAsSource( parameters, INPUT, context ) );
  if ( !network )
    return QString();
  if ( !placegap::compat::isLineType( network->wkbType() ) )
    return PlaceGap::tr( "The network layer, %1, holds %2 features; it must be a line layer." ).arg( named( INPUT ), QgsWkbTypes::displayString( network->wkbType() ) );
  const QgsCoordinateReferenceSystem crs = network->sourceCrs();
  if ( !crs.isValid() )
    return PlaceGap::tr( "The network layer, %1, has no CRS; set its CRS (e.g. EPSG:27700 for OS products, EPSG:4326 for OpenStreetMap) first." ).arg( named( INPUT ) );

  const QgsFields fields = network->fields();
  for ( const QString &fieldParameter : { DIRECTION_FIELD, SPEED_FIELD, ROAD_CLASS_FIELD, FERRY_FIELD } )
  {
    const QString name = parameterAsString( parameters, fieldParameter, context );
    if ( name.isEmpty() )
      continue;
    const int index = fields.lookupField( name );
    if ( index < 0 )
      return PlaceGap::tr( "The network layer has no field '%1' (%2)." ).arg( name, named( fieldParameter ) );
    if ( ( fieldParameter == SPEED_FIELD || fieldParameter == FERRY_FIELD ) && !fields.at( index ).isNumeric() )
      return PlaceGap::tr( "Field '%1' (%2) holds %3 values; it must be numeric." ).arg( name, named( fieldParameter ), fields.at( index ).typeName() );
  }
  const int strategy = parameterAsEnum( parameters, STRATEGY, context );
  if ( strategy == Fastest && !( parameterAsDouble( parameters, DEFAULT_SPEED, context ) > 0 ) )
    return PlaceGap::tr( "%1 must be more than 0 km/h." ).arg( named( DEFAULT_SPEED ) );
  if ( !( parameterAsDouble( parameters, OFF_NETWORK_SPEED, context ) > 0 ) )
    return PlaceGap::tr( "%1 must be more than 0 km/h: sites are joined to the network by a straight leg at that speed." ).arg( named( OFF_NETWORK_SPEED ) );
  QString tableError;
  if ( !speedTable( parameterAsString( parameters, SPEED_TABLE, context ), &tableError ) )
    return PlaceGap::tr( "%1: %2." ).arg( named( SPEED_TABLE ), tableError );

  const QString timetable = timetableProblem( parameters, context );
  if ( !timetable.isEmpty() )
    return timetable;

  for ( const auto &[sourceId, idFieldId] : mSiteParameters )
  {
    std::unique_ptr<QgsProcessingFeatureSource> sites( parameterAsSource( parameters, sourceId, context ) );
    if ( !sites )
      continue;
    if ( !placegap::compat::isPointOrPolygonType( sites->wkbType() ) )
      return PlaceGap::tr( "The layer %1 holds %2 features; it must hold points or polygons." ).arg( named( sourceId ), QgsWkbTypes::displayString( sites->wkbType() ) );
    if ( !sites->sourceCrs().isValid() )
      return PlaceGap::tr( "The layer %1 has no CRS, so it cannot be matched to the network's (%2)." ).arg( named( sourceId ), crs.authid() );
    const QString idField = idFieldId.isEmpty() ? QString() : parameterAsString( parameters, idFieldId, context );
    if ( !idField.isEmpty() && sites->fields().lookupField( idField ) < 0 )
      return PlaceGap::tr( "The layer %1 has no field '%2' (%3)." ).arg( named( sourceId ), idField, named( idFieldId ) );
    const QString xField = parameterAsString( parameters, xFieldId( sourceId ), context );
    const QString yField = parameterAsString( parameters, yFieldId( sourceId ), context );
    if ( xField.isEmpty() != yField.isEmpty() )
      return PlaceGap::tr( "Set both %1 and %2, or neither." ).arg( named( xFieldId( sourceId ) ), named( yFieldId( sourceId ) ) );
    for ( const auto &[name, parameter] : { qMakePair( xField, xFieldId( sourceId ) ), qMakePair( yField, yFieldId( sourceId ) ) } )
    {
      if ( name.isEmpty() )
        continue;
      const int index = sites->fields().lookupField( name );
      if ( index < 0 )
        return PlaceGap::tr( "The layer %1 has no field '%2' (%3)." ).arg( named( sourceId ), name, named( parameter ) );
      if ( !sites->fields().at( index ).isNumeric() )
        return PlaceGap::tr( "Field '%1' (%2) holds %3 values; it must be numeric." ).arg( name, named( parameter ), sites->fields().at( index ).typeName() );
    }
  }
  return QString();
}

namespace
{
  PlaceGapSailingsReader::Fields timetableFieldNames( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, QgsProcessingContext &context )
  {
    PlaceGapSailingsReader::Fields fields;
    const auto field = [&]( const QString &id, QString &name )
    {
      const QString value = algorithm.parameterDefinition( id ) ? QgsProcessingParameters::parameterAsString( algorithm.parameterDefinition( id ), parameters, context ) : QString();
      if ( !value.isEmpty() )
        name = value;
    };
    field( TIMETABLE_FROM_FIELD, fields.from );
    field( TIMETABLE_TO_FIELD, fields.to );
    field( TIMETABLE_DEPARTURE_FIELD, fields.departure );
    field( TIMETABLE_MINUTES_FIELD, fields.minutes );
    field( TERMINAL_CODE_FIELD, fields.terminalCode );
    field( TIMETABLE_CHECK_IN_FIELD, fields.checkIn );
    field( TIMETABLE_VEHICLES_FIELD, fields.vehicles );
    const QString days = QgsProcessingParameters::parameterAsString( algorithm.parameterDefinition( TIMETABLE_DAY_FIELDS ), parameters, context );
    fields.days.clear();
    for ( const QString &day : days.split( QRegularExpression( QStringLiteral( "[,;\\s]+" ) ), Qt::SkipEmptyParts ) )
      fields.days << day;
    return fields;
  }
} // namespace

bool PlaceGapNetworkAlgorithmBase::hasTimetable( const QVariantMap &parameters, QgsProcessingContext &context ) const
{
  return std::unique_ptr<QgsProcessingFeatureSource>( parameterAsSource( parameters, FERRY_TIMETABLE, context ) ) != nullptr;
}

QString PlaceGapNetworkAlgorithmBase::timetableProblem( const QVariantMap &parameters, QgsProcessingContext &context ) const
{
  std::unique_ptr<QgsProcessingFeatureSource> sailings( parameterAsSource( parameters, FERRY_TIMETABLE, context ) );
  std::unique_ptr<QgsProcessingFeatureSource> terminals( parameterAsSource( parameters, FERRY_TERMINALS, context ) );
  if ( !sailings )
    return terminals ? PlaceGap::tr( "Ferry terminals (FERRY_TERMINALS) are given without a ferry timetable (FERRY_TIMETABLE): give both, or neither." ) : QString();
  if ( !terminals )
    return PlaceGap::tr( "A ferry timetable (FERRY_TIMETABLE) needs the ferry terminals (FERRY_TERMINALS): points carrying the timetable's stop codes, to place its sailings on the network." );
  if ( !terminals->sourceCrs().isValid() )
    return PlaceGap::tr( "The ferry terminals layer (FERRY_TERMINALS) has no CRS, so it cannot be placed on the network." );
  if ( parameterDefinition( STRATEGY ) && parameterAsEnum( parameters, STRATEGY, context ) != Fastest )
    return PlaceGap::tr( "A ferry timetable is about time: it needs the path type to calculate (STRATEGY) to be 'Fastest (time)'." );
  int day = 0;
  double clock = 0;
  const QString departAt = parameterAsString( parameters, DEPART_AT, context );
  if ( !placegap::parseDepartAt( departAt.toStdString(), DEFAULT_DAY, day, clock ) )
    return PlaceGap::tr( "Leave at (DEPART_AT) is '%1'; give a day and a time of day, e.g. 'Wed 08:00' or 'Saturday 17:30'." ).arg( departAt );
  if ( parameterDefinition( DEPART_UNTIL ) )
  {
    const QString until = parameterAsString( parameters, DEPART_UNTIL, context ).trimmed();
    double end = 0;
    if ( !until.isEmpty() )
    {
      if ( !placegap::parseTimeOfDay( until.toStdString(), end ) )
        return PlaceGap::tr( "Leave until (DEPART_UNTIL) is '%1'; give a time of day, e.g. '09:00'." ).arg( until );
      if ( end < clock )
        return PlaceGap::tr( "Leave until (DEPART_UNTIL, %1) is before the first departure (DEPART_AT, %2): a window runs forward within one day." ).arg( until, clockText( clock ) );
      const double every = parameterAsDouble( parameters, DEPART_EVERY, context );
      if ( ( end - clock ) / ( every * 60.0 ) + 1 > MAX_WINDOW_RUNS )
        return PlaceGap::tr( "The window from %1 to %2 every %3 minutes makes more than %4 departures; leave less often (DEPART_EVERY)." ).arg( clockText( clock ), until ).arg( every ).arg( MAX_WINDOW_RUNS );
    }
  }
  return PlaceGapSailingsReader::fieldProblem( *sailings, *terminals, timetableFieldNames( *this, parameters, context ), FERRY_TIMETABLE, FERRY_TERMINALS );
}

void PlaceGapNetworkAlgorithmBase::loadTimetable( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback, PlaceGapFeatureWarnings &warnings, Network &network ) const
{
  // The pre-run checks refuse a timetable without terminals: a timetable is all it needs here.
  if ( !hasTimetable( parameters, context ) )
    return;
  departAt( parameters, context, network.dayOfWeek, network.departClock );
  if ( parameterDefinition( STAY_MINUTES ) )
    network.stayMinutes = parameterAsDouble( parameters, STAY_MINUTES, context );
  double windowEnd = 0;
  if ( parameterDefinition( DEPART_UNTIL ) && placegap::parseTimeOfDay( parameterAsString( parameters, DEPART_UNTIL, context ).trimmed().toStdString(), windowEnd ) )
  {
    network.windowEndClock = windowEnd;
    network.windowStepSeconds = parameterAsDouble( parameters, DEPART_EVERY, context ) * 60.0;
  }
  const std::vector<placegap::Sailing> sailings = readSailings( parameters, context, feedback, warnings, PlaceGapSailingsReader::graphFinder( network.graph ), network.crs );
  network.timetable = std::make_unique<placegap::FerryTimetable>( sailings, network.dayOfWeek, network.graph.nodeCount(), parameterAsDouble( parameters, CHECK_IN_MINUTES, context ) * 60.0 );
  const QString day = QString::fromLatin1( placegap::dayName( network.dayOfWeek ) );
  if ( network.timetable->isEmpty() )
    feedback->pushWarning( PlaceGap::tr( "No sailing of the ferry timetable runs on %1 between terminals on the network: every ferry is closed that day." ).arg( day ) );
  else
    feedback->pushInfo( PlaceGap::tr( "Ferry timetable for %1, leaving at %2: %3 sailing(s) on %4 leg(s), %5 minutes' check-in." ).arg( day, clockText( network.departClock ) ).arg( network.timetable->sailingCount() ).arg( network.timetable->legCount() ).arg( parameterAsDouble( parameters, CHECK_IN_MINUTES, context ) ) );
}

std::vector<placegap::Sailing> PlaceGapNetworkAlgorithmBase::readSailings( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback, PlaceGapFeatureWarnings &warnings, const PlaceGapSailingsReader::NodeFinder &finder, const QgsCoordinateReferenceSystem &crs ) const
{
  std::unique_ptr<QgsProcessingFeatureSource> sailingsSource( parameterAsSource( parameters, FERRY_TIMETABLE, context ) );
  std::unique_ptr<QgsProcessingFeatureSource> terminalsSource( parameterAsSource( parameters, FERRY_TERMINALS, context ) );
  if ( !sailingsSource || !terminalsSource )
    return {};
  PlaceGapSailingsReader reader;
  const bool driving = parameterAsEnum( parameters, FERRY_TRAVELLER, context ) == 0;
  return reader.read( *sailingsSource, *terminalsSource, timetableFieldNames( *this, parameters, context ), finder, crs, parameterAsDouble( parameters, TERMINAL_DISTANCE, context ), context, feedback, warnings, driving );
}

bool PlaceGapNetworkAlgorithmBase::departAt( const QVariantMap &parameters, QgsProcessingContext &context, int &dayOfWeek, double &clock ) const
{
  return placegap::parseDepartAt( parameterAsString( parameters, DEPART_AT, context ).toStdString(), DEFAULT_DAY, dayOfWeek, clock );
}

bool PlaceGapNetworkAlgorithmBase::checkParameterValues( const QVariantMap &parameters, QgsProcessingContext &context, QString *message ) const
{
  if ( !QgsProcessingAlgorithm::checkParameterValues( parameters, context, message ) )
    return false;
  const QString problem = networkProblem( parameters, context );
  if ( !problem.isEmpty() && message )
    *message = problem;
  return problem.isEmpty();
}

// The network's CRS (metric), strategy, snapping and threads, from the parameters.
std::unique_ptr<PlaceGapNetworkAlgorithmBase::Network> PlaceGapNetworkAlgorithmBase::newNetwork( const QVariantMap &parameters, QgsProcessingContext &context, const QgsFeatureSource &source, QgsProcessingFeedback *feedback ) const
{
  auto network = std::make_unique<Network>();
  network->layerCrs = source.sourceCrs();
  network->crs = placegap::crs::metricCrsFor( network->layerCrs, source.sourceExtent(), context.transformContext() );
  if ( network->crs != network->layerCrs )
    feedback->pushInfo( PlaceGap::tr( "The network's CRS (%1) is not projected in metres: the network is built in %2 (%3), chosen for where it lies; lengths there are within about 0.1 % of the ellipsoid's. Geometry outputs are written in %1." ).arg( network->layerCrs.authid(), network->crs.authid(), network->crs.description() ) );
  network->strategy = static_cast<Strategy>( parameterAsEnum( parameters, STRATEGY, context ) );
  network->offNetworkKmh = parameterAsDouble( parameters, OFF_NETWORK_SPEED, context );
  network->maxSnapMetres = parameterAsDouble( parameters, MAX_SNAP_DISTANCE, context );
  // The searches' threads: the parameter, else QGIS's own limit (Settings > Options > Rendering), else every core.
  const int threads = parameterAsInt( parameters, THREADS, context );
  network->threads = static_cast<unsigned>( threads > 0 ? threads : std::max( 0, QgsApplication::maxThreads() ) );
  return network;
}

// How the network's lines are read: the product or the chosen fields, and what their values mean.
PlaceGapNetworkReader::Rules PlaceGapNetworkAlgorithmBase::networkRules( const QVariantMap &parameters, QgsProcessingContext &context, const QgsFields &fields, bool fastest ) const
{
  PlaceGapNetworkReader::Rules rules;
  rules.preset = static_cast<placegap::NetworkPreset>( parameterAsEnum( parameters, NETWORK_PRESET, context ) );
  rules.fastest = fastest;
  // A timetable's sailings stand for the ferries: the network's own ferry lines are left out.
  rules.timetabled = hasTimetable( parameters, context );
  rules.speedField = parameterAsString( parameters, SPEED_FIELD, context );
  rules.classField = parameterAsString( parameters, ROAD_CLASS_FIELD, context );
  rules.ferryField = parameterAsString( parameters, FERRY_FIELD, context );
  const QString directionField = parameterAsString( parameters, DIRECTION_FIELD, context );
  rules.directionIndex = directionField.isEmpty() ? -1 : fields.lookupField( directionField );
  rules.speedIndex = rules.speedField.isEmpty() ? -1 : fields.lookupField( rules.speedField );
  rules.classIndex = rules.classField.isEmpty() ? -1 : fields.lookupField( rules.classField );
  rules.ferryIndex = rules.ferryField.isEmpty() ? -1 : fields.lookupField( rules.ferryField );
  rules.valueForward = parameterAsString( parameters, VALUE_FORWARD, context );
  rules.valueBackward = parameterAsString( parameters, VALUE_BACKWARD, context );
  rules.valueBoth = parameterAsString( parameters, VALUE_BOTH, context );
  const int defaultDirection = parameterAsEnum( parameters, DEFAULT_DIRECTION, context );
  rules.defaultDirection = defaultDirection == DirectionForward ? placegap::LinkDirection::Forward : ( defaultDirection == DirectionBackward ? placegap::LinkDirection::Backward : placegap::LinkDirection::Both );
  rules.defaultSpeed = parameterAsDouble( parameters, DEFAULT_SPEED, context );
  rules.table = *speedTable( parameterAsString( parameters, SPEED_TABLE, context ), nullptr );
  // A preset reads its product's fields, found whatever their case or underscores.
  const auto looseKey = []( const QString &name )
  { return name.toLower().remove( '_' ); };
  for ( const std::string &name : placegap::presetFields( rules.preset ) )
  {
    for ( int i = 0; i < fields.count(); ++i )
    {
      if ( looseKey( fields.at( i ).name() ) == looseKey( QString::fromStdString( name ) ) )
        rules.presetIndices << qMakePair( i, name );
    }
  }
  return rules;
}

// A graph built earlier from the same file and parameters, with the warnings its build gave.
bool PlaceGapNetworkAlgorithmBase::loadCachedGraph( const QString &cacheKey, Network &network, QgsProcessingFeedback *feedback, PlaceGapFeatureWarnings &warnings ) const
{
  QElapsedTimer timer;
  timer.start();
  QString cacheProblem;
  std::optional<PlaceGapGraphCache::Entry> cached = PlaceGapGraphCache( PlaceGapGraphCache::defaultPath() ).load( cacheKey, &cacheProblem );
  if ( !cacheProblem.isEmpty() )
    feedback->pushWarning( cacheProblem );
  if ( !cached )
    return false;
  network.graph = std::move( cached->graph );
  for ( const auto &[kind, message] : cached->messages )
  {
    if ( kind.isEmpty() )
      feedback->pushInfo( message );
    else
      warnings.warn( kind, message );
  }
  feedback->pushInfo( PlaceGap::tr( "Network graph read from the cache in %1 s (built earlier from the same file and parameters; untick keeping the built graph (GRAPH_CACHE) to rebuild)." ).arg( timer.elapsed() / 1000.0, 0, 'f', 2 ) );
  return true;
}

// Keeps the graph, and what its build said, for the next run on the same network.
void PlaceGapNetworkAlgorithmBase::storeGraph( const Network &network, const PlaceGapGraphCache::Messages &messages )
{
  const placegap::RoadGraph *graph = &network.graph; // unchanged from here on, and outlived by the writer
  network.cacheWriter->hand( [cacheKey = network.cacheKey, graph, messages]()
                             {
    QElapsedTimer storeTimer;
    storeTimer.start();
    PlaceGapCacheWriter::Report report;
    QString error;
    QString notice;
    const bool stored = PlaceGapGraphCache( PlaceGapGraphCache::defaultPath() ).store( cacheKey, *graph, messages, &error, &notice );
    if ( !notice.isEmpty() )
      report.warnings << notice;
    if ( stored )
      report.infos << PlaceGap::tr( "Graph kept in the cache %1 (%2 s, written while the run went on) for the next run on this network." ).arg( PlaceGapGraphCache::defaultPath() ).arg( storeTimer.elapsed() / 1000.0, 0, 'f', 2 );
    else
      report.warnings << PlaceGap::tr( "The graph could not be cached: %1." ).arg( error );
    return report; } );
}

std::unique_ptr<PlaceGapNetworkAlgorithmBase::Network> PlaceGapNetworkAlgorithmBase::loadNetwork( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback, PlaceGapFeatureWarnings &warnings ) const
{
  std::unique_ptr<QgsProcessingFeatureSource> source = requiredSource( parameters, INPUT, context );
  const QString problem = networkProblem( parameters, context );
  if ( !problem.isEmpty() )
    throw QgsProcessingException( problem );
  std::unique_ptr<Network> network = newNetwork( parameters, context, *source, feedback );

  QElapsedTimer timer;
  timer.start();
  const bool useCache = parameterAsBool( parameters, GRAPH_CACHE, context );
  const QString cacheKey = useCache ? graphCacheKey( parameters, context, *source ) : QString();
  network->cacheKey = cacheKey;
  if ( !cacheKey.isEmpty() )
    network->cacheWriter = std::make_unique<PlaceGapCacheWriter>( feedback );
  if ( !cacheKey.isEmpty() && loadCachedGraph( cacheKey, *network, feedback, warnings ) )
  {
    network->graphFromCache = true;
    reportNetwork( *network, feedback );
    finishNetwork( parameters, context, feedback, warnings, *network );
    return network;
  }
  if ( useCache && cacheKey.isEmpty() )
    feedback->pushInfo( PlaceGap::tr( "The network is not a file layer (or only some of its features are used): its graph is not cached." ) );

  PlaceGapNetworkReader reader( networkRules( parameters, context, source->fields(), network->strategy == Fastest ), warnings );
  if ( !readNetworkLines( parameters, context, *source, *network, reader, feedback ) )
    return nullptr;
  placegap::reading::requireComplete( *source, static_cast<long long>( reader.features ), QStringLiteral( "INPUT" ) );
  if ( feedback->isCanceled() )
    return nullptr;

  placegap::GraphBuildOptions options;
  options.tolerance = parameterAsDouble( parameters, TOLERANCE, context );
  options.nodesAtEveryVertex = parameterAsBool( parameters, NODES_AT_VERTICES, context );
  options.ferryBoardingWaitMinutes = parameterAsDouble( parameters, FERRY_WAIT, context );
  network->graph = placegap::buildRoadGraph( reader.links, options );
  reader.warnSkipped( network->graph );
  reader.reportLeftOut( feedback );
  // A tolerance far above the data's precision merges what should stay apart.
  const placegap::RoadGraph &built = network->graph;
  if ( options.tolerance > 0 && built.pointsJoined > 0 && built.pointsMovedByTolerance * 20 > built.pointsJoined )
    reader.warn( PlaceGap::tr( "tolerance merges much" ), PlaceGap::tr( "The topology tolerance (TOLERANCE, %1 m) moved %2 of %3 line ends and vertices (%4 %) onto nodes at other places, leaving %5 nodes: the network is likely distorted. Use a tolerance near the data's precision (e.g. 0.01 to 1 m)." ).arg( options.tolerance ).arg( built.pointsMovedByTolerance ).arg( built.pointsJoined ).arg( 100.0 * static_cast<double>( built.pointsMovedByTolerance ) / static_cast<double>( built.pointsJoined ), 0, 'f', 1 ).arg( built.nodeCount() ) );
  if ( network->graph.linkCount() == 0 )
    throw QgsProcessingException( PlaceGap::tr( "The network layer (INPUT) has no usable lines (%n feature(s) read): there is no network to travel on.", nullptr, static_cast<int>( reader.features ) ) );

  feedback->pushInfo( PlaceGap::tr( "Network built from %1 lines in %2 s." ).arg( reader.features ).arg( timer.elapsed() / 1000.0, 0, 'f', 2 ) );
  reportNetwork( *network, feedback );
  if ( !cacheKey.isEmpty() )
    storeGraph( *network, reader.messages );
  finishNetwork( parameters, context, feedback, warnings, *network );
  return network;
}

bool PlaceGapNetworkAlgorithmBase::readNetworkLines( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeatureSource &source, const Network &network, PlaceGapNetworkReader &reader, QgsProcessingFeedback *feedback ) const
{
  const QgsCoordinateTransform toNetwork = network.crs != network.layerCrs ? QgsCoordinateTransform( network.layerCrs, network.crs, context.transformContext() ) : QgsCoordinateTransform();
  QString whyNotInBulk = PlaceGap::tr( "not a layer read whole" );
  const QgsVectorLayer *layer = wholeNetworkLayer( parameters, context );
  std::unique_ptr<PlaceGapBulkLines> bulk = layer ? PlaceGapBulkLines::open( *layer, reader.attributes(), &whyNotInBulk ) : nullptr;
  if ( bulk )
  {
    feedback->pushInfo( PlaceGap::tr( "Reading the network in bulk (GDAL's columns of the GeoPackage)…" ) );
    return reader.readInBulk( *bulk, source.featureCount(), toNetwork, feedback );
  }
  feedback->pushInfo( PlaceGap::tr( "Reading the network feature by feature (%1)…" ).arg( whyNotInBulk ) );
  QgsFeatureRequest request;
  request.setSubsetOfAttributes( reader.attributes() );
  if ( toNetwork.isValid() )
    request.setDestinationCrs( network.crs, context.transformContext() );
  return reader.read( source, request, feedback );
}

void PlaceGapNetworkAlgorithmBase::finishNetwork( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback, PlaceGapFeatureWarnings &warnings, Network &network ) const
{
  network.locator = std::make_unique<placegap::NetworkLocator>( network.graph );
  loadTimetable( parameters, context, feedback, warnings, network );
  // Parts too small to be useful, once the sailings have joined islands to the mainland.
  const int minNodes = parameterDefinition( MIN_PART_NODES ) ? parameterAsInt( parameters, MIN_PART_NODES, context ) : 0;
  if ( minNodes > 0 && network.graph.componentCount > 1 )
  {
    // Counted once, for the useful parts and the warnings of sites on fragments: counted for each,
    // a hundred sites on the Northern Alliance's 130 parts went over its 582,000 nodes a hundred times.
    network.partNodes = placegap::nodesInEachPart( network.graph );
    network.usefulLinks = placegap::linksInUsefulParts( network.graph, network.partNodes, network.timetable.get(), static_cast<std::size_t>( minNodes ) );
  }
}

QgsGeometry PlaceGapNetworkAlgorithmBase::coordinatePoint( const QgsFeature &feature, int xIndex, int yIndex, const QgsCoordinateTransform &toNetwork, const QString &label, PlaceGapFeatureWarnings &warnings )
{
  const QVariant x = feature.attribute( xIndex );
  const QVariant y = feature.attribute( yIndex );
  const QString xField = feature.fields().at( xIndex ).name();
  const QString yField = feature.fields().at( yIndex ).name();
  if ( placegap::compat::isNull( x ) || placegap::compat::isNull( y ) )
  {
    warnings.warn( PlaceGap::tr( "NULL site coordinates" ), PlaceGap::tr( "%1: '%2' or '%3' is NULL; the feature's geometry is used instead." ).arg( label, xField, yField ) );
    return feature.geometry();
  }
  try
  {
    return QgsGeometry::fromPointXY( toNetwork.transform( QgsPointXY( x.toDouble(), y.toDouble() ) ) );
  }
  catch ( QgsCsException & )
  {
    warnings.warn( PlaceGap::tr( "site coordinates not transformable" ), PlaceGap::tr( "%1: (%2, %3) cannot be transformed to the network CRS; the feature's geometry is used instead." ).arg( label, x.toString(), y.toString() ) );
    return feature.geometry();
  }
}

bool PlaceGapNetworkAlgorithmBase::sitePoint( const QgsGeometry &geometry, const QString &label, PlaceGapFeatureWarnings &warnings, QgsPointXY &point )
{
  if ( geometry.isNull() || geometry.isEmpty() )
  {
    warnings.warn( PlaceGap::tr( "site without geometry" ), PlaceGap::tr( "%1 has no geometry; its results are NULL." ).arg( label ) );
    return false;
  }
  const bool isPoint = QgsWkbTypes::geometryType( geometry.wkbType() ) == placegap::compat::GEOMETRY_POINT;
  if ( isPoint && geometry.isMultipart() && geometry.constGet()->partCount() > 1 )
    warnings.warn( PlaceGap::tr( "site of several points" ), PlaceGap::tr( "%1 has %2 points; one site is used, the point nearest their centre (its point on surface)." ).arg( label ).arg( geometry.constGet()->partCount() ) );
  // A single point is its own point on surface: GEOS gives the same coordinates, through two conversions.
  if ( isPoint && !geometry.isMultipart() )
  {
    point = geometry.asPoint();
    return true;
  }
  const QgsGeometry onSurface = geometry.pointOnSurface();
  if ( onSurface.isNull() || onSurface.isEmpty() )
  {
    warnings.warn( PlaceGap::tr( "site without geometry" ), PlaceGap::tr( "%1 has a geometry with no point on its surface; its results are NULL." ).arg( label ) );
    return false;
  }
  point = onSurface.asPoint();
  return true;
}

void PlaceGapNetworkAlgorithmBase::placeSite( Site &site, const QgsGeometry &geometry, const Network &network, const QString &label, PlaceGapFeatureWarnings &warnings )
{
  if ( !sitePoint( geometry, label, warnings, site.point ) )
    return;
  site.hasPoint = true;
  site.endpoint.location = joinSite( network, site.point, label, warnings );
  site.usable = site.endpoint.location.isValid();
  if ( site.usable )
  {
    const double snap = site.endpoint.location.snapDistance;
    site.endpoint.accessMetres = snap;
    site.endpoint.accessSeconds = network.strategy == Fastest ? placegap::travelSeconds( snap, network.offNetworkKmh ) : snap;
    if ( snap > network.maxSnapMetres )
      warnings.warn( PlaceGap::tr( "far from the network" ), PlaceGap::tr( "%1 is %2 m from the nearest road (over the distance that warns, MAX_SNAP_DISTANCE, %3 m); the gap is travelled at %4 km/h." ).arg( label ).arg( snap, 0, 'f', 1 ).arg( network.maxSnapMetres ).arg( network.offNetworkKmh ) );
  }
}

std::vector<PlaceGapNetworkAlgorithmBase::Site> PlaceGapNetworkAlgorithmBase::loadSites( const QVariantMap &parameters, const QString &sourceId, const QString &idFieldId, const Network &network, QgsProcessingContext &context, QgsProcessingFeedback *feedback, PlaceGapFeatureWarnings &warnings, const QString &what ) const
{
  std::unique_ptr<QgsProcessingFeatureSource> source = requiredSource( parameters, sourceId, context );
  const QString idField = idFieldId.isEmpty() ? QString() : parameterAsString( parameters, idFieldId, context );
  const int idIndex = idField.isEmpty() ? -1 : source->fields().lookupField( idField );
  const QString xField = parameterAsString( parameters, xFieldId( sourceId ), context );
  const QString yField = parameterAsString( parameters, yFieldId( sourceId ), context );
  const int xIndex = xField.isEmpty() ? -1 : source->fields().lookupField( xField );
  const int yIndex = yField.isEmpty() ? -1 : source->fields().lookupField( yField );
  const bool useCoordinates = xIndex >= 0 && yIndex >= 0;
  // The coordinate fields are in the layer's CRS; the request only reprojects geometries.
  const QgsCoordinateTransform toNetwork( source->sourceCrs(), network.crs, context.transformContext() );

  QgsFeatureRequest request;
  QgsAttributeList attributes;
  for ( int index : { idIndex, xIndex, yIndex } )
  {
    if ( index >= 0 )
      attributes << index;
  }
  request.setSubsetOfAttributes( attributes );
  request.setDestinationCrs( network.crs, context.transformContext() );
  if ( source->sourceCrs() != network.crs )
    feedback->pushInfo( PlaceGap::tr( "%1 (%2) are reprojected from %3 to the network's %4." ).arg( what, sourceId, source->sourceCrs().authid(), network.crs.authid() ) );

  std::vector<Site> sites;
  sites.reserve( static_cast<std::size_t>( std::max<long long>( 0, source->featureCount() ) ) );
  QHash<QString, QgsFeatureId> firstWithId; // duplicate ids make rows that cannot be told apart
  // Made once, not for every site.
  const QString labelPattern = PlaceGap::tr( "%1 feature %2" ).arg( named( sourceId ) );
  QgsFeatureIterator it = source->getFeatures( request, placegap::compat::SOURCE_SKIP_GEOMETRY_CHECKS );
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
  {
    if ( feedback->isCanceled() )
      return {};
    Site site;
    site.featureId = feature.id();
    site.id = idIndex >= 0 ? feature.attribute( idIndex ) : QVariant( feature.id() );
    const QString label = labelPattern.arg( feature.id() );
    if ( idIndex >= 0 && !placegap::compat::isNull( site.id ) )
    {
      const auto first = firstWithId.constFind( site.id.toString() );
      if ( first == firstWithId.constEnd() )
        firstWithId.insert( site.id.toString(), feature.id() );
      else
        warnings.warn( PlaceGap::tr( "duplicate site id" ), PlaceGap::tr( "%1: '%2' is '%3', as is feature %4's; their rows share the id and are told apart only by feature order." ).arg( label, idField, site.id.toString() ).arg( *first ) );
    }
    const QgsGeometry geometry = useCoordinates ? coordinatePoint( feature, xIndex, yIndex, toNetwork, label, warnings ) : feature.geometry();
    placeSite( site, geometry, network, label, warnings );
    sites.push_back( site );
  }
  placegap::reading::requireComplete( *source, static_cast<long long>( sites.size() ), sourceId );
  feedback->pushInfo( PlaceGap::tr( "%1: %2 feature(s) read from %3." ).arg( what ).arg( sites.size() ).arg( sourceId ) );
  return sites;
}

placegap::NetworkLocation PlaceGapNetworkAlgorithmBase::joinSite( const Network &network, const QgsPointXY &point, const QString &label, PlaceGapFeatureWarnings &warnings )
{
  const placegap::NetworkLocation nearest = network.locator->locate( { point.x(), point.y() } );
  if ( !nearest.isValid() || network.usefulLinks.empty() || network.usefulLinks[nearest.link] )
    return nearest;
  // The nearest road is on a fragment from which little can be reached: join a useful part
  // instead, as OSRM does, when its road is near too: within 100 m, or three times the nearest
  // road's distance (and MAX_SNAP_DISTANCE). A small island without a ferry in the data keeps
  // its own roads: the sea between it and the next island is wider than that.
  const std::size_t partNodes = network.partNodes[network.graph.nodeComponent[network.graph.linkFrom[nearest.link]]];
  const placegap::NetworkLocation useful = network.locator->locate( { point.x(), point.y() }, network.usefulLinks );
  if ( useful.isValid() && useful.snapDistance <= std::max( NEAR_USEFUL_PART_METRES, 3 * nearest.snapDistance ) && useful.snapDistance <= network.maxSnapMetres )
  {
    warnings.warn( PlaceGap::tr( "site moved off a fragment" ), PlaceGap::tr( "%1: its nearest road (%2 m away) is on a part of the network of %3 node(s), cut off from the rest; it joins the main network %4 m away instead." ).arg( label ).arg( nearest.snapDistance, 0, 'f', 1 ).arg( partNodes ).arg( useful.snapDistance, 0, 'f', 1 ) );
    return useful;
  }
  warnings.warn( PlaceGap::tr( "site on a fragment" ), PlaceGap::tr( "%1 joins a part of the network of %2 node(s), cut off from the rest (%3 m away); the nearest larger part is %4: it may reach little." ).arg( label ).arg( partNodes ).arg( nearest.snapDistance, 0, 'f', 1 ).arg( useful.isValid() ? PlaceGap::tr( "%1 m away, too far to join instead" ).arg( useful.snapDistance, 0, 'f', 1 ) : PlaceGap::tr( "nowhere" ) ) );
  return nearest;
}

QgsField PlaceGapNetworkAlgorithmBase::siteIdField( const QVariantMap &parameters, const QString &sourceId, const QString &idFieldId, const QString &outputName, QgsProcessingContext &context ) const
{
  const QString idField = idFieldId.isEmpty() ? QString() : parameterAsString( parameters, idFieldId, context );
  std::unique_ptr<QgsProcessingFeatureSource> source( parameterAsSource( parameters, sourceId, context ) );
  if ( source && !idField.isEmpty() )
  {
    const int index = source->fields().lookupField( idField );
    if ( index >= 0 )
    {
      QgsField field = source->fields().at( index );
      field.setName( outputName );
      return field;
    }
  }
  QgsField field = placegap::compat::intField( outputName );
#if _QGIS_VERSION_INT >= 33800
  field.setType( QMetaType::Type::LongLong );
#else
  field.setType( QVariant::LongLong );
#endif
  return field;
}

QHash<QgsFeatureId, double> PlaceGapNetworkAlgorithmBase::readAmounts( QgsFeatureSource &source, const QString &sourceName, const QString &fieldName, PlaceGapFeatureWarnings &warnings )
{
  const int index = source.fields().lookupField( fieldName );
  QHash<QgsFeatureId, double> amounts;
  QgsFeatureRequest request;
  request.setFlags( placegap::compat::REQUEST_NO_GEOMETRY );
  request.setSubsetOfAttributes( QgsAttributeList { index } );
  QgsFeatureIterator it = source.getFeatures( request );
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
  {
    const QVariant value = feature.attribute( index );
    const placegap::attributes::Number number = placegap::attributes::readNumber( value );
    double amount = 0;
    switch ( number.status )
    {
    case placegap::attributes::NumberStatus::Null:
      warnings.warn( PlaceGap::tr( "NULL %1" ).arg( fieldName ), PlaceGap::tr( "%1 feature %2: field '%3' is NULL; it is missing and counts 0." ).arg( sourceName ).arg( feature.id() ).arg( fieldName ) );
      break;
    case placegap::attributes::NumberStatus::NotNumber:
      warnings.warn( PlaceGap::tr( "%1 not a number" ).arg( fieldName ), PlaceGap::tr( "%1 feature %2: field '%3' is '%4', not a finite number; it is missing and counts 0." ).arg( sourceName ).arg( feature.id() ).arg( fieldName, value.toString() ) );
      break;
    case placegap::attributes::NumberStatus::Number:
      amount = number.value;
      if ( amount < 0 )
        throw QgsProcessingException( PlaceGap::tr( "%1 feature %2: value %3 in field '%4' is negative." ).arg( sourceName ).arg( feature.id() ).arg( value.toString(), fieldName ) );
      break;
    }
    amounts.insert( feature.id(), amount );
  }
  return amounts;
}

double PlaceGapNetworkAlgorithmBase::minutes( const Network &network, double seconds )
{
  return network.strategy == Fastest ? seconds / 60.0 : std::numeric_limits<double>::quiet_NaN();
}

double PlaceGapNetworkAlgorithmBase::kilometres( double metres )
{
  return metres / 1000.0;
}

QVariant PlaceGapNetworkAlgorithmBase::minutesValue( const Network &network, double seconds )
{
  const double value = minutes( network, seconds );
  return std::isfinite( value ) ? QVariant( value ) : QVariant();
}

QVariant PlaceGapNetworkAlgorithmBase::kilometresValue( double metres )
{
  const double value = kilometres( metres );
  return std::isfinite( value ) ? QVariant( value ) : QVariant();
}

QVariant PlaceGapNetworkAlgorithmBase::snapValue( const Site &site )
{
  return site.usable ? QVariant( site.endpoint.location.snapDistance ) : QVariant();
}

std::vector<placegap::NetworkEndpoint> PlaceGapNetworkAlgorithmBase::endpoints( const std::vector<Site> &sites )
{
  std::vector<placegap::NetworkEndpoint> result;
  result.reserve( sites.size() );
  for ( const Site &site : sites )
    result.push_back( site.usable ? site.endpoint : placegap::NetworkEndpoint() );
  return result;
}

std::vector<std::vector<placegap::Reach>> PlaceGapNetworkAlgorithmBase::travel( const Network &network, const std::vector<Site> &origins, const placegap::TravelTimeEngine &engine, const placegap::TravelQuery &query, QgsProcessingFeedback *feedback, double progressFrom, double progressTo,
                                                                                const placegap::FerryTimetable *otherTiming )
{
  std::vector<std::vector<placegap::Reach>> results;
  if ( !travelRows( network, origins, engine, query, feedback, progressFrom, progressTo, 0, placegap::TravelTimeEngine::keepEveryBlock( results ), otherTiming ) )
    return {};
  results.resize( origins.size() );
  return results;
}

bool PlaceGapNetworkAlgorithmBase::travelInBlocks( const Network &network, const std::vector<Site> &origins, const placegap::TravelTimeEngine &engine, const placegap::TravelQuery &query, QgsProcessingFeedback *feedback, double progressFrom, double progressTo,
                                                   std::size_t blockOrigins, const placegap::TravelTimeEngine::ReachBlockSink &rows )
{
  return travelRows( network, origins, engine, query, feedback, progressFrom, progressTo, blockOrigins, rows, nullptr );
}

bool PlaceGapNetworkAlgorithmBase::travelRows( const Network &network, const std::vector<Site> &origins, const placegap::TravelTimeEngine &engine, const placegap::TravelQuery &query, QgsProcessingFeedback *feedback, double progressFrom, double progressTo,
                                               std::size_t blockOrigins, const placegap::TravelTimeEngine::ReachBlockSink &rows, const placegap::FerryTimetable *otherTiming )
{
  const std::vector<placegap::NetworkEndpoint> from = endpoints( origins );
  placegap::TravelQuery timed = query;
  timed.timetable = otherTiming ? otherTiming : network.timetable.get();
  timed.departClock = network.departClock;
  const std::function<bool()> canceled = [feedback]()
  { return feedback->isCanceled(); };
  const std::function<void( std::size_t, std::size_t )> progress = [feedback, progressFrom, progressTo]( std::size_t done, std::size_t total )
  {
    feedback->setProgress( progressFrom + ( progressTo - progressFrom ) * static_cast<double>( done ) / static_cast<double>( std::max<std::size_t>( 1, total ) ) );
  };
  // All pairs (or a cut-off) over many searches a thread pay for preparing the network at once:
  // on OSM Monaco and a 1M-link road-like network, 500 searches on 2 threads cost more than
  // contracting the network and answering over it.
  const std::size_t searches = std::min( origins.size(), engine.destinationCount() );
  const unsigned threadCount = placegap::threadsFor( network.threads );
  const bool largeQuery = query.nearest == 0 && searches >= 128 * static_cast<std::size_t>( threadCount );
  const placegap::ContractionHierarchy *prepared = timed.timetable ? nullptr : preparedGraph( network, largeQuery, feedback );
  QElapsedTimer timer;
  timer.start();
  // The time the rows' receiver takes is not the search's.
  qint64 receiving = 0;
  const placegap::TravelTimeEngine::ReachBlockSink timedRows = [&]( std::size_t first, std::vector<std::vector<placegap::Reach>> &block )
  {
    QElapsedTimer took;
    took.start();
    const bool more = rows( first, block );
    receiving += took.elapsed();
    return more;
  };
  bool complete = true;
  // Over the prepared graph the next block is searched while the last is received: the search's
  // own time is then its blocks', not the time left when the receiving is taken out.
  double preparedSeconds = 0.0;
  if ( prepared )
    complete = engine.manyToManyPreparedInBlocks( *prepared, from, timed, network.threads, blockOrigins, timedRows, canceled, progress, &preparedSeconds );
  else
  {
    // The plain searches answer all origins at once (backwards from the destinations, when fewer).
    std::vector<std::vector<placegap::Reach>> all = engine.manyToMany( from, timed, network.threads, canceled, progress );
    complete = !all.empty() || origins.empty();
    const std::size_t blockSize = blockOrigins == 0 ? all.size() : blockOrigins;
    std::vector<std::vector<placegap::Reach>> block;
    for ( std::size_t first = 0; complete && first < all.size(); first += blockSize )
    {
      const std::size_t count = std::min( blockSize, all.size() - first );
      block.resize( count );
      for ( std::size_t k = 0; k < count; ++k )
        block[k].swap( all[first + k] );
      complete = timedRows( first, block );
    }
  }
  if ( complete )
  {
    const QString threads = QString::number( threadCount );
    const QString seconds = QString::number( prepared ? preparedSeconds : ( timer.elapsed() - receiving ) / 1000.0, 'f', 2 );
    if ( prepared )
      feedback->pushInfo( PlaceGap::tr( "Searched from %1 origin(s) to %2 destination(s) over the prepared graph in %3 s on %4 thread(s)." ).arg( origins.size() ).arg( engine.destinationCount() ).arg( seconds, threads ) );
    else
      feedback->pushInfo( PlaceGap::tr( "Searched from %1 origin(s) to %2 destination(s) in %3 s on %4 thread(s)." ).arg( origins.size() ).arg( engine.destinationCount() ).arg( seconds, threads ) );
  }
  return complete;
}

const placegap::ContractionHierarchy *PlaceGapNetworkAlgorithmBase::preparedGraph( const Network &network, bool largeQuery, QgsProcessingFeedback *feedback )
{
  if ( network.hierarchySought || network.cacheKey.isEmpty() )
    return network.hierarchy.get();
  // A network built in this run has nothing prepared yet; a small query leaves it for a later, larger one.
  if ( !network.graphFromCache && !largeQuery )
    return nullptr;
  network.hierarchySought = true;
  QElapsedTimer timer;
  timer.start();
  QString problem;
  // A graph built in this run is being written to the cache: nothing there is prepared for it.
  std::optional<PlaceGapGraphCache::Prepared> stored = network.graphFromCache ? PlaceGapGraphCache( PlaceGapGraphCache::defaultPath() ).loadPrepared( network.cacheKey, &problem ) : std::nullopt;
  if ( !problem.isEmpty() )
    feedback->pushWarning( problem );
  // The cache key covers the network's content; the fingerprint makes sure of the graph itself.
  if ( stored && stored->hierarchy && !stored->hierarchy->isFor( network.graph ) )
    stored.reset();
  if ( stored && !stored->hierarchy )
  {
    feedback->pushInfo( PlaceGap::tr( "The network is not prepared for fast repeated searches: it is too grid-like for a prepared graph to pay (found when it was first prepared); the plain searches answer." ) );
    return nullptr;
  }
  if ( stored )
  {
    network.hierarchy = std::make_shared<const placegap::ContractionHierarchy>( std::move( *stored->hierarchy ) );
    feedback->pushInfo( PlaceGap::tr( "Prepared graph read from the cache in %1 s." ).arg( timer.elapsed() / 1000.0, 0, 'f', 2 ) );
    return network.hierarchy.get();
  }

  if ( network.graphFromCache )
    feedback->pushInfo( PlaceGap::tr( "The network is in use again: preparing it for fast repeated searches (a contraction hierarchy, kept in the graph cache for the next runs)…" ) );
  else
    feedback->pushInfo( PlaceGap::tr( "This search is large enough to pay for preparing the network: preparing it (a contraction hierarchy, kept in the graph cache for the next runs)…" ) );
  placegap::ContractionHierarchy::BuildOptions options;
  options.threads = network.threads;
  options.canceled = [feedback]()
  { return feedback->isCanceled(); };
  std::string whyNot;
  std::optional<placegap::ContractionHierarchy> built = placegap::ContractionHierarchy::build( network.graph, options, &whyNot );
  if ( feedback->isCanceled() )
    return nullptr;
  if ( built )
  {
    network.hierarchy = std::make_shared<const placegap::ContractionHierarchy>( std::move( *built ) );
    feedback->pushInfo( PlaceGap::tr( "Network prepared in %1 s (%2 shortcuts)." ).arg( timer.elapsed() / 1000.0, 0, 'f', 2 ).arg( network.hierarchy->shortcutCount() ) );
  }
  else
  {
    feedback->pushInfo( PlaceGap::tr( "The network is not prepared for fast repeated searches after %1 s: it is too grid-like for a prepared graph to pay; the plain searches answer, now and in later runs." ).arg( timer.elapsed() / 1000.0, 0, 'f', 2 ) );
  }
  storePrepared( network, QString::fromStdString( whyNot ) );
  return network.hierarchy.get();
}

void PlaceGapNetworkAlgorithmBase::storePrepared( const Network &network, const QString &whyNot )
{
  network.cacheWriter->hand( [key = network.cacheKey, hierarchy = network.hierarchy, whyNot]()
                             {
    PlaceGapCacheWriter::Report report;
    QString error;
    if ( !PlaceGapGraphCache( PlaceGapGraphCache::defaultPath() ).storePrepared( key, hierarchy.get(), whyNot, &error ) )
      report.warnings << PlaceGap::tr( "The prepared graph could not be cached: %1." ).arg( error );
    return report; } );
}

PlaceGapNetworkAlgorithmBase::TimetableResults PlaceGapNetworkAlgorithmBase::timetableResults( const Network &network, const std::vector<Site> &origins, const placegap::TravelTimeEngine &engine, QgsProcessingFeedback *feedback, double progressFrom, double progressTo )
{
  TimetableResults results;
  if ( !network.timetable )
    return results;
  results.destinations = engine.destinationCount();
  const std::vector<placegap::NetworkEndpoint> from = endpoints( origins );
  const bool window = network.windowEndClock >= network.departClock && network.windowStepSeconds > 0;
  const int runs = window ? static_cast<int>( std::floor( ( network.windowEndClock - network.departClock ) / network.windowStepSeconds + 1e-9 ) ) + 1 : 0;
  const double share = ( progressTo - progressFrom ) / ( runs + 1 );
  const auto progress = [feedback]( double start, double span )
  {
    return [feedback, start, span]( std::size_t done, std::size_t total )
    { feedback->setProgress( start + span * static_cast<double>( done ) / static_cast<double>( std::max<std::size_t>( 1, total ) ) ); };
  };
  const auto canceled = [feedback]()
  { return feedback->isCanceled(); };
  results.latestReturn = engine.latestReturns( from, *network.timetable, placegap::SECONDS_PER_DAY, network.threads, canceled, progress( progressFrom, share ) );
  if ( !window || feedback->isCanceled() )
    return results;

  const std::size_t cells = origins.size() * results.destinations;
  results.windowSum.assign( cells, 0.0 );
  results.windowWorst.assign( cells, 0.0 );
  results.windowReached.assign( cells, 0 );
  for ( int run = 0; run < runs; ++run )
  {
    placegap::TravelQuery query;
    query.timetable = network.timetable.get();
    query.departClock = network.departClock + run * network.windowStepSeconds;
    const auto reaches = engine.manyToMany( from, query, network.threads, canceled, progress( progressFrom + share * ( run + 1 ), share ) );
    if ( feedback->isCanceled() )
      return results;
    for ( std::size_t o = 0; o < reaches.size(); ++o )
    {
      for ( const placegap::Reach &reach : reaches[o] )
      {
        const std::size_t cell = o * results.destinations + reach.destination;
        results.windowSum[cell] += reach.seconds;
        results.windowWorst[cell] = std::max( results.windowWorst[cell], reach.seconds );
        ++results.windowReached[cell];
      }
    }
  }
  results.windowRuns = runs;
  feedback->pushInfo( PlaceGap::tr( "Window: %1 departures from %2 to %3, every %4 minutes." ).arg( runs ).arg( clockText( network.departClock ), clockText( network.departClock + ( runs - 1 ) * network.windowStepSeconds ) ).arg( network.windowStepSeconds / 60.0 ) );
  return results;
}

QStringList PlaceGapNetworkAlgorithmBase::timetableOutputFieldNames()
{
  return { FIELD_ROAD_MINUTES, FIELD_FERRY_MINUTES, FIELD_WAIT_MINUTES, FIELD_FERRY_LEGS, FIELD_ARRIVE_AT, FIELD_SAME_DAY_RETURN, FIELD_LATEST_RETURN, FIELD_WINDOW_MEAN, FIELD_WINDOW_WORST, FIELD_WINDOW_REACHED };
}

QgsFields PlaceGapNetworkAlgorithmBase::timetableFields( const Network &network )
{
  QgsFields fields;
  if ( !network.timetable )
    return fields;
  fields.append( placegap::compat::doubleField( FIELD_ROAD_MINUTES, 0, 0 ) );
  fields.append( placegap::compat::doubleField( FIELD_FERRY_MINUTES, 0, 0 ) );
  fields.append( placegap::compat::doubleField( FIELD_WAIT_MINUTES, 0, 0 ) );
  fields.append( placegap::compat::intField( FIELD_FERRY_LEGS ) );
  fields.append( placegap::compat::stringField( FIELD_ARRIVE_AT, 5 ) );
  fields.append( placegap::compat::intField( FIELD_SAME_DAY_RETURN ) );
  fields.append( placegap::compat::stringField( FIELD_LATEST_RETURN, 5 ) );
  if ( network.windowEndClock >= 0 )
  {
    fields.append( placegap::compat::doubleField( FIELD_WINDOW_MEAN, 0, 0 ) );
    fields.append( placegap::compat::doubleField( FIELD_WINDOW_WORST, 0, 0 ) );
    fields.append( placegap::compat::doubleField( FIELD_WINDOW_REACHED, 0, 0 ) );
  }
  return fields;
}

QgsAttributes PlaceGapNetworkAlgorithmBase::timetableAttributes( const Network &network, const TimetableResults &results, std::size_t origin, std::size_t destination, const placegap::Reach *reach )
{
  QgsAttributes attributes;
  if ( !network.timetable )
    return attributes;
  const double latestReturn = destination < results.destinations ? results.latest( origin, destination ) : -placegap::UNREACHABLE;
  const bool canReturn = std::isfinite( latestReturn );
  if ( !reach )
  {
    attributes << QVariant() << QVariant() << QVariant() << QVariant() << QVariant() << QVariant() << ( canReturn ? QVariant( clockText( latestReturn ) ) : QVariant() );
  }
  else
  {
    const double ferry = reach->ferrySeconds;
    const double wait = reach->waitSeconds;
    const double arrive = network.departClock + reach->seconds;
    // Home the same day: there after STAY_MINUTES, and a way back that leaves no earlier than that.
    const bool sameDay = canReturn && arrive + network.stayMinutes * 60.0 <= latestReturn + 1e-6;
    attributes << std::max( 0.0, reach->seconds - ferry - wait ) / 60.0 << ferry / 60.0 << wait / 60.0 << static_cast<int>( reach->ferryLegs ) << clockText( arrive ) << ( sameDay ? 1 : 0 ) << ( canReturn ? QVariant( clockText( latestReturn ) ) : QVariant() );
  }
  if ( network.windowEndClock >= 0 )
  {
    // Mean and worst over every departure of the window; NULL unless every one of them arrives.
    const std::size_t cell = origin * results.destinations + destination;
    const bool known = results.windowRuns > 0 && destination < results.destinations && cell < results.windowReached.size();
    const int reached = known ? results.windowReached[cell] : 0;
    const bool always = known && reached == results.windowRuns;
    attributes << ( always ? QVariant( results.windowSum[cell] / reached / 60.0 ) : QVariant() ) << ( always ? QVariant( results.windowWorst[cell] / 60.0 ) : QVariant() ) << ( known ? QVariant( static_cast<double>( reached ) / results.windowRuns ) : QVariant() );
  }
  return attributes;
}

QgsGeometry PlaceGapNetworkAlgorithmBase::toLayerCrs( const Network &network, QgsGeometry geometry, QgsProcessingContext &context )
{
  if ( network.crs == network.layerCrs || geometry.isNull() )
    return geometry;
  geometry.transform( QgsCoordinateTransform( network.crs, network.layerCrs, context.transformContext() ) );
  return geometry;
}

void PlaceGapNetworkAlgorithmBase::reportNetwork( const Network &network, QgsProcessingFeedback *feedback )
{
  const placegap::RoadGraph &graph = network.graph;
  feedback->pushInfo( PlaceGap::tr( "Network: %1 nodes, %2 links, %3 directed edges, %4 separate part(s); %5 self-loop(s), %6 zero-length link(s)." )
                          .arg( graph.nodeCount() )
                          .arg( graph.linkCount() )
                          .arg( graph.edgeCount() )
                          .arg( graph.componentCount )
                          .arg( graph.selfLoopLinks )
                          .arg( graph.zeroLengthLinks ) );
  if ( graph.componentCount > 1 )
    feedback->pushWarning( PlaceGap::tr( "The network has %1 separate parts (islands without a ferry line, or lines that do not meet): sites on different parts cannot reach each other and get NULL results. Raise the topology tolerance (TOLERANCE) or join lines at shared vertices (NODES_AT_VERTICES) if lines should meet." ).arg( graph.componentCount ) );
}

QgsVectorLayer *PlaceGapNetworkAlgorithmBase::wholeNetworkLayer( const QVariantMap &parameters, QgsProcessingContext &context ) const
{
  const QVariant input = parameters.value( INPUT );
  if ( input.canConvert<QgsProcessingFeatureSourceDefinition>() && !placegap::compat::readsWholeLayer( input.value<QgsProcessingFeatureSourceDefinition>() ) )
    return nullptr;
  return parameterAsVectorLayer( parameters, INPUT, context );
}

QString PlaceGapNetworkAlgorithmBase::graphCacheKey( const QVariantMap &parameters, QgsProcessingContext &context, const QgsFeatureSource &source ) const
{
  QgsVectorLayer *layer = wholeNetworkLayer( parameters, context );
  if ( !layer )
    return QString();
  const QVariantMap parts = QgsProviderRegistry::instance()->decodeUri( layer->providerType(), layer->source() );
  const QFileInfo file( parts.value( QStringLiteral( "path" ) ).toString() );
  if ( !file.isFile() )
    return QString();

  // Everything the graph depends on: the file as it is now, and every network parameter.
  QStringList description { QStringLiteral( "placegap-graph-1" ), QStringLiteral( PLACEGAP_VERSION ), layer->providerType(), layer->source(), layer->subsetString(), file.absoluteFilePath() };
  // The content, not the time and size: a replaced .dbf or an edit that kept both is another graph.
  description << QString::fromLatin1( PlaceGapGraphCache::contentHash( file.absoluteFilePath() ) );
  description << QString::number( source.featureCount() ) << source.sourceCrs().toWkt();
  description << QStringLiteral( "timetabled=%1" ).arg( hasTimetable( parameters, context ) ? 1 : 0 );
  for ( const QString &name : { NETWORK_PRESET, STRATEGY, DIRECTION_FIELD, VALUE_FORWARD, VALUE_BACKWARD, VALUE_BOTH, DEFAULT_DIRECTION, SPEED_FIELD, DEFAULT_SPEED, ROAD_CLASS_FIELD, FERRY_FIELD, FERRY_WAIT, TOLERANCE, NODES_AT_VERTICES } )
    description << name + '=' + parameterAsString( parameters, name, context );
  const std::optional<placegap::RoadSpeedTable> table = speedTable( parameterAsString( parameters, SPEED_TABLE, context ), nullptr );
  description << SPEED_TABLE + '=' + ( table ? QString::fromStdString( table->toString() ) : QString() );
  return QString::fromLatin1( QCryptographicHash::hash( description.join( '\n' ).toUtf8(), QCryptographicHash::Sha256 ).toHex() );
}

QList<double> PlaceGapNetworkAlgorithmBase::minutesList( const QString &text, const QString &parameterName, QString *error )
{
  QList<double> values;
  for ( const QString &part : text.split( QRegularExpression( QStringLiteral( "[,;\\s]+" ) ), Qt::SkipEmptyParts ) )
  {
    bool ok = false;
    const double minutes = part.toDouble( &ok );
    if ( !ok || !std::isfinite( minutes ) || minutes <= 0 )
    {
      if ( error )
        *error = PlaceGap::tr( "%1: '%2' is not a number of minutes above 0." ).arg( parameterName, part );
      return {};
    }
    if ( !values.contains( minutes ) )
      values << minutes;
  }
  if ( values.isEmpty() && error )
    *error = PlaceGap::tr( "%1 needs at least one number of minutes, e.g. '10,20,30'." ).arg( parameterName );
  std::sort( values.begin(), values.end() );
  return values;
}

QString PlaceGapNetworkAlgorithmBase::needsFastest( const QVariantMap &parameters, QgsProcessingContext &context, const QString &what ) const
{
  if ( parameterAsEnum( parameters, STRATEGY, context ) == Fastest )
    return QString();
  return PlaceGap::tr( "%1 is a travel time: it needs the path type to calculate (STRATEGY) to be 'Fastest (time)'." ).arg( what );
}
