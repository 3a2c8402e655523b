/***************************************************************************
  placegapsailingsreader.cpp - a published ferry timetable read into sailings between network nodes
 ***************************************************************************/
#include "placegapsailingsreader.h"

#include "placegapcompat.h"
#include "placegapfeaturewarnings.h"
#include "placegaptr.h"

#include "qgsfeaturerequest.h"
#include "qgsfeaturesource.h"
#include "qgsgeometry.h"
#include "qgsprocessingcontext.h"
#include "qgsprocessingfeedback.h"
#include "qgsprocessingutils.h"

#include <QTime>

#include <cmath>

namespace
{
  //! Nearest node of graph to p, and its distance; NO_ID for an empty graph.
  std::pair<placegap::NodeId, double> nearestNode( const placegap::RoadGraph &graph, const QgsPointXY &p )
  {
    placegap::NodeId best = placegap::NO_ID;
    double bestSquared = std::numeric_limits<double>::infinity();
    for ( placegap::NodeId n = 0; n < graph.nodeCount(); ++n )
    {
      const double dx = graph.nodePosition[n].x - p.x();
      const double dy = graph.nodePosition[n].y - p.y();
      const double squared = dx * dx + dy * dy;
      if ( squared < bestSquared )
      {
        bestSquared = squared;
        best = n;
      }
    }
    return { best, std::sqrt( bestSquared ) };
  }

  //! A time of day from a text ("07:15") or a time value; false when it is neither.
  bool departureSeconds( const QVariant &value, double &seconds )
  {
    if ( placegap::compat::isNull( value ) )
      return false;
    // A CSV read with type detection gives QTime values.
    if ( value.userType() == QMetaType::QTime )
    {
      const QTime time = value.toTime();
      if ( !time.isValid() )
        return false;
      seconds = time.msecsSinceStartOfDay() / 1000.0;
      return true;
    }
    return placegap::parseTimeOfDay( value.toString().trimmed().toStdString(), seconds );
  }
} // namespace

QString clockText( double seconds )
{
  if ( !std::isfinite( seconds ) )
    return QString();
  const long long whole = std::llround( seconds );
  return QStringLiteral( "%1:%2" ).arg( whole / 3600, 2, 10, QChar( '0' ) ).arg( ( whole % 3600 ) / 60, 2, 10, QChar( '0' ) );
}

QString PlaceGapSailingsReader::fieldProblem( const QgsFeatureSource &sailings, const QgsFeatureSource &terminals, const Fields &fields, const QString &sailingsId, const QString &terminalsId )
{
  if ( !fields.days.isEmpty() && fields.days.size() != 7 )
    return PlaceGap::tr( "The day fields of the ferry timetable must be seven names, Monday first (e.g. 'mon;tue;wed;thu;fri;sat;sun'), or none; %1 given." ).arg( fields.days.size() );
  QStringList wanted { fields.from, fields.to, fields.departure, fields.minutes };
  if ( !fields.checkIn.isEmpty() )
    wanted << fields.checkIn;
  if ( !fields.vehicles.isEmpty() )
    wanted << fields.vehicles;
  wanted << fields.days;
  for ( const QString &name : wanted )
  {
    if ( sailings.fields().lookupField( name ) < 0 )
      return PlaceGap::tr( "The ferry timetable (%1) has no field '%2'. Its fields are: %3." ).arg( sailingsId, name, sailings.fields().names().join( QLatin1String( ", " ) ) );
  }
  if ( terminals.fields().lookupField( fields.terminalCode ) < 0 )
    return PlaceGap::tr( "The ferry terminals layer (%1) has no field '%2'. Its fields are: %3." ).arg( terminalsId, fields.terminalCode, terminals.fields().names().join( QLatin1String( ", " ) ) );
  if ( QgsWkbTypes::geometryType( terminals.wkbType() ) != placegap::compat::GEOMETRY_POINT )
    return PlaceGap::tr( "The ferry terminals layer (%1) holds %2 features; it must hold points." ).arg( terminalsId, QgsWkbTypes::displayString( terminals.wkbType() ) );
  return QString();
}

std::vector<placegap::Sailing> PlaceGapSailingsReader::read( QgsFeatureSource &sailings, QgsFeatureSource &terminals, const Fields &fields, const placegap::RoadGraph &graph, const QgsCoordinateReferenceSystem &crs, double maxTerminalMetres,
                                                             QgsProcessingContext &context, QgsProcessingFeedback *feedback, PlaceGapFeatureWarnings &warnings, bool driving )
{
  return read( sailings, terminals, fields, graphFinder( graph ), crs, maxTerminalMetres, context, feedback, warnings, driving );
}

PlaceGapSailingsReader::NodeFinder PlaceGapSailingsReader::graphFinder( const placegap::RoadGraph &graph )
{
  return NodeFinder { [&graph]( const QgsPointXY &point )
                      { return nearestNode( graph, point ); },
                      [&graph]( placegap::NodeId node )
                      { return graph.nodePosition[node]; } };
}

// Terminals: stop code -> nearest node.
void PlaceGapSailingsReader::readTerminals( QgsFeatureSource &terminals, const Fields &fields, const NodeFinder &finder, const QgsCoordinateReferenceSystem &crs, double maxTerminalMetres, QgsProcessingContext &context, QgsProcessingFeedback *feedback, PlaceGapFeatureWarnings &warnings )
{
  mTerminals.clear();
  const int codeIndex = terminals.fields().lookupField( fields.terminalCode );
  const int nameIndex = terminals.fields().lookupField( fields.terminalName );
  QgsFeatureRequest terminalRequest;
  terminalRequest.setDestinationCrs( crs, context.transformContext() );
  QgsFeatureIterator terminalIt = terminals.getFeatures( terminalRequest );
  QgsFeature feature;
  std::size_t farTerminals = 0;
  while ( terminalIt.nextFeature( feature ) )
  {
    const QVariant code = feature.attribute( codeIndex );
    const QString label = PlaceGap::tr( "Ferry terminal feature %1" ).arg( feature.id() );
    if ( placegap::compat::isNull( code ) || code.toString().trimmed().isEmpty() )
    {
      warnings.warn( PlaceGap::tr( "ferry terminal without a stop code" ), PlaceGap::tr( "%1 ('%2') has no '%3'; no sailing can be matched to it." ).arg( label, nameIndex >= 0 ? feature.attribute( nameIndex ).toString() : QString(), fields.terminalCode ) );
      continue;
    }
    const QString key = code.toString().trimmed();
    if ( mTerminals.contains( key ) )
    {
      warnings.warn( PlaceGap::tr( "duplicate ferry terminal code" ), PlaceGap::tr( "%1: stop code '%2' ('%3') is used by an earlier terminal; the first is used." ).arg( label, key, fields.terminalCode ) );
      continue;
    }
    const QgsGeometry geometry = feature.geometry();
    if ( geometry.isNull() || geometry.isEmpty() )
    {
      warnings.warn( PlaceGap::tr( "ferry terminal without geometry" ), PlaceGap::tr( "%1 (stop '%2') has no geometry; its sailings are left out." ).arg( label, key ) );
      continue;
    }
    const auto [node, metres] = finder.nearest( geometry.pointOnSurface().asPoint() );
    Terminal terminal;
    terminal.name = nameIndex >= 0 ? feature.attribute( nameIndex ).toString() : key;
    terminal.snapMetres = metres;
    if ( node == placegap::NO_ID || metres > maxTerminalMetres )
    {
      ++farTerminals;
      feedback->pushDebugInfo( PlaceGap::tr( "%1 (stop '%2', %3) is %4 m from the nearest network node, over the terminal distance (%5 m): its sailings are left out." ).arg( label, key, terminal.name ).arg( metres, 0, 'f', 0 ).arg( maxTerminalMetres ) );
      mTerminals.insert( key, terminal );
      continue;
    }
    terminal.node = node;
    mTerminals.insert( key, terminal );
  }
  if ( farTerminals > 0 )
    feedback->pushInfo( PlaceGap::tr( "%n ferry terminal(s) lie further from the network than the terminal distance (%1 m); their sailings are left out (the network does not reach them).", nullptr, static_cast<int>( farTerminals ) ).arg( maxTerminalMetres ) );
}

std::uint8_t PlaceGapSailingsReader::daysOf( const QgsFeature &feature, const Fields &fields, const Columns &columns, const QString &label, PlaceGapFeatureWarnings &warnings )
{
  std::uint8_t days = fields.days.isEmpty() ? 0x7F : 0;
  for ( int d = 0; d < columns.days.size(); ++d )
  {
    const QVariant value = feature.attribute( columns.days[d] );
    const QString text = placegap::compat::isNull( value ) ? QString() : value.toString().trimmed();
    if ( text == QLatin1String( "1" ) || text.compare( QLatin1String( "true" ), Qt::CaseInsensitive ) == 0 )
      days |= static_cast<std::uint8_t>( 1u << d );
    else if ( !( text == QLatin1String( "0" ) || text.compare( QLatin1String( "false" ), Qt::CaseInsensitive ) == 0 ) )
      warnings.warn( PlaceGap::tr( "sailing day not 0 or 1" ), PlaceGap::tr( "%1: '%2' is '%3', not 0 or 1; the sailing is taken not to run that day." ).arg( label, fields.days[d], text.isEmpty() ? QStringLiteral( "NULL" ) : text ) );
  }
  return days;
}

PlaceGapSailingsReader::LeftOut PlaceGapSailingsReader::readSailing( const QgsFeature &feature, const Fields &fields, const Columns &columns, const NodeFinder &finder, bool driving, PlaceGapFeatureWarnings &warnings, placegap::Sailing &sailing ) const
{
  const QString label = PlaceGap::tr( "Ferry timetable row %1" ).arg( feature.id() );
  const QString from = feature.attribute( columns.from ).toString().trimmed();
  const QString to = feature.attribute( columns.to ).toString().trimmed();
  bool usable = true;
  for ( const auto &[code, fieldName] : { qMakePair( from, fields.from ), qMakePair( to, fields.to ) } )
  {
    if ( !mTerminals.contains( code ) )
    {
      warnings.warn( PlaceGap::tr( "sailing from or to an unknown terminal" ), PlaceGap::tr( "%1: stop '%2' ('%3') matches no ferry terminal's '%4'; the sailing is left out." ).arg( label, code, fieldName, fields.terminalCode ) );
      usable = false;
      break;
    }
  }
  if ( !usable )
    return LeftOut::Warned;
  double depart = 0;
  const QVariant departure = feature.attribute( columns.departure );
  if ( !departureSeconds( departure, depart ) )
  {
    warnings.warn( PlaceGap::tr( "sailing time not a time of day" ), PlaceGap::tr( "%1: '%2' is '%3', not a time of day (HH:MM, 00:00 to 23:59); the sailing is left out." ).arg( label, fields.departure, departure.toString() ) );
    return LeftOut::Warned;
  }
  const QVariant minutesValue = feature.attribute( columns.minutes );
  bool ok = false;
  const double minutes = placegap::compat::isNull( minutesValue ) ? NAN : minutesValue.toString().trimmed().toDouble( &ok );
  if ( !ok || !std::isfinite( minutes ) || minutes <= 0 || minutes > MAX_CROSSING_MINUTES )
  {
    const QString why = !ok || !std::isfinite( minutes ) ? PlaceGap::tr( "not a number" ) : ( minutes <= 0 ? PlaceGap::tr( "not above 0" ) : PlaceGap::tr( "more than a day: an error in the data, not a crossing" ) );
    warnings.warn( PlaceGap::tr( "sailing with unusable crossing minutes" ), PlaceGap::tr( "%1: '%2' is %3 (%4); the sailing is left out." ).arg( label, fields.minutes, placegap::compat::isNull( minutesValue ) ? QStringLiteral( "NULL" ) : minutesValue.toString(), why ) );
    return LeftOut::Warned;
  }
  const std::uint8_t days = daysOf( feature, fields, columns, label, warnings );
  const Terminal &fromTerminal = mTerminals.value( from );
  const Terminal &toTerminal = mTerminals.value( to );
  if ( fromTerminal.node == placegap::NO_ID || toTerminal.node == placegap::NO_ID )
  {
    return LeftOut::OffNetwork;
  }
  if ( fromTerminal.node == toTerminal.node )
  {
    warnings.warn( PlaceGap::tr( "sailing between terminals on one node" ), PlaceGap::tr( "%1: '%2' and '%3' join the network at the same node; the sailing is left out." ).arg( label, from, to ) );
    return LeftOut::Warned;
  }
  if ( columns.vehicles >= 0 )
  {
    const QVariant value = feature.attribute( columns.vehicles );
    const QString text = placegap::compat::isNull( value ) ? QString() : value.toString().trimmed().toLower();
    const bool carries = QStringList { QStringLiteral( "1" ), QStringLiteral( "yes" ), QStringLiteral( "true" ), QStringLiteral( "vehicle" ), QStringLiteral( "vehicles" ), QStringLiteral( "both" ) }.contains( text );
    const bool foot = QStringList { QStringLiteral( "0" ), QStringLiteral( "no" ), QStringLiteral( "false" ), QStringLiteral( "foot" ), QStringLiteral( "passenger" ), QStringLiteral( "passengers" ) }.contains( text );
    if ( !carries && !foot )
      warnings.warn( PlaceGap::tr( "sailing vehicles value unknown" ), PlaceGap::tr( "%1: '%2' is '%3', neither a vehicle nor a foot-passenger value; the sailing is taken to carry vehicles." ).arg( label, fields.vehicles, text.isEmpty() ? QStringLiteral( "NULL" ) : text ) );
    if ( foot && driving )
    {
      return LeftOut::FootOnly;
    }
  }
  if ( columns.checkIn >= 0 && !placegap::compat::isNull( feature.attribute( columns.checkIn ) ) )
  {
    bool checkInOk = false;
    const double checkIn = feature.attribute( columns.checkIn ).toString().trimmed().toDouble( &checkInOk );
    if ( checkInOk && std::isfinite( checkIn ) && checkIn >= 0 && checkIn <= 24 * 60 )
      sailing.checkInSeconds = checkIn * 60.0;
    else
      warnings.warn( PlaceGap::tr( "sailing check-in not minutes" ), PlaceGap::tr( "%1: '%2' is '%3', not minutes from 0 to a day; the default check-in is used." ).arg( label, fields.checkIn, feature.attribute( columns.checkIn ).toString() ) );
  }
  sailing.from = fromTerminal.node;
  sailing.to = toTerminal.node;
  sailing.departSeconds = depart;
  sailing.crossingSeconds = minutes * 60.0;
  sailing.days = days;
  const placegap::Point a = finder.position( sailing.from );
  const placegap::Point b = finder.position( sailing.to );
  sailing.metres = std::hypot( b.x - a.x, b.y - a.y );
  return LeftOut::No;
}

std::vector<placegap::Sailing> PlaceGapSailingsReader::read( QgsFeatureSource &sailings, QgsFeatureSource &terminals, const Fields &fields, const NodeFinder &finder, const QgsCoordinateReferenceSystem &crs, double maxTerminalMetres,
                                                             QgsProcessingContext &context, QgsProcessingFeedback *feedback, PlaceGapFeatureWarnings &warnings, bool driving )
{
  readTerminals( terminals, fields, finder, crs, maxTerminalMetres, context, feedback, warnings );
  const QgsFields sailingFields = sailings.fields();
  Columns columns;
  columns.from = sailingFields.lookupField( fields.from );
  columns.to = sailingFields.lookupField( fields.to );
  columns.departure = sailingFields.lookupField( fields.departure );
  columns.minutes = sailingFields.lookupField( fields.minutes );
  columns.checkIn = fields.checkIn.isEmpty() ? -1 : sailingFields.lookupField( fields.checkIn );
  columns.vehicles = fields.vehicles.isEmpty() ? -1 : sailingFields.lookupField( fields.vehicles );
  for ( const QString &day : fields.days )
    columns.days << sailingFields.lookupField( day );

  std::vector<placegap::Sailing> result;
  std::size_t rows = 0, offNetwork = 0, footOnly = 0;
  QgsFeatureRequest request;
  request.setFlags( QgsFeatureRequest::NoGeometry );
  QgsFeatureIterator it = sailings.getFeatures( request );
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
  {
    if ( feedback->isCanceled() )
      return {};
    ++rows;
    placegap::Sailing sailing;
    switch ( readSailing( feature, fields, columns, finder, driving, warnings, sailing ) )
    {
    case LeftOut::No:
      result.push_back( sailing );
      break;
    case LeftOut::OffNetwork:
      ++offNetwork;
      break;
    case LeftOut::FootOnly:
      ++footOnly;
      break;
    case LeftOut::Warned:
      break;
    }
  }
  feedback->pushInfo( PlaceGap::tr( "Ferry timetable: %1 of %2 sailing row(s) used; %3 left out because a terminal is beyond the network." ).arg( result.size() ).arg( rows ).arg( offNetwork ) );
  if ( footOnly > 0 )
    feedback->pushInfo( PlaceGap::tr( "%n foot-passenger sailing(s) left out: the traveller drives.", nullptr, static_cast<int>( footOnly ) ) );
  return result;
}
