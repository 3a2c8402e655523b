/***************************************************************************
  placegapalgorithmtraveltimematrix.cpp - placegap:traveltimematrix
 ***************************************************************************/
#include "placegapalgorithmtraveltimematrix.h"

#include "parallel.h"

#include "placegaprowwriter.h"
#include "placegaptr.h"

#include <QElapsedTimer>

#include "placegapcompat.h"
#include "placegapfeaturewarnings.h"
#include "placegapoutputguard.h"

#include "qgsfeature.h"
#include "qgsprocessingfeedback.h"

namespace
{
  const QString ORIGINS = QStringLiteral( "ORIGINS" );
  const QString ORIGIN_ID_FIELD = QStringLiteral( "ORIGIN_ID_FIELD" );
  const QString DESTINATIONS = QStringLiteral( "DESTINATIONS" );
  const QString DESTINATION_ID_FIELD = QStringLiteral( "DESTINATION_ID_FIELD" );
  const QString NEAREST = QStringLiteral( "NEAREST" );
  const QString MAX_MINUTES = QStringLiteral( "MAX_MINUTES" );
  const QString OUTPUT = QStringLiteral( "OUTPUT" );

  /**
   * Calls row( destination, reach, rank ) for each of an origin's rows in their order: the
   * destinations reached, nearest first (ranked from 1), then, for a full matrix, the others in
   * destination order (reach nullptr, rank 0).
   */
  template <typename Row>
  std::size_t forEachOriginRow( const std::vector<placegap::Reach> &reaches, std::size_t destinationCount, bool fullMatrix, Row row )
  {
    int rank = 0;
    for ( const placegap::Reach &reach : reaches )
      row( static_cast<std::size_t>( reach.destination ), &reach, ++rank );
    if ( !fullMatrix )
      return 0;
    std::vector<std::uint8_t> reached( destinationCount, 0 );
    for ( const placegap::Reach &reach : reaches )
      reached[reach.destination] = 1;
    std::size_t unreachable = 0;
    for ( std::size_t d = 0; d < destinationCount; ++d )
    {
      if ( reached[d] )
        continue;
      ++unreachable;
      row( d, nullptr, 0 );
    }
    return unreachable;
  }
} // namespace

QString PlaceGapTravelTimeMatrixAlgorithm::name() const
{
  return QStringLiteral( "traveltimematrix" );
}

QString PlaceGapTravelTimeMatrixAlgorithm::displayName() const
{
  return PlaceGap::tr( "Travel time matrix" );
}

QStringList PlaceGapTravelTimeMatrixAlgorithm::tags() const
{
  return PlaceGap::tr( "od,origin,destination,matrix,network,travel time,road,ferry,accessibility,service,school,nearest,cost matrix" ).split( ',' );
}

QString PlaceGapTravelTimeMatrixAlgorithm::shortDescription() const
{
  return PlaceGap::tr( "Table of travel minutes and km from every origin to every destination (or the k nearest, or those within a cut-off) over a road and ferry network." );
}

QString PlaceGapTravelTimeMatrixAlgorithm::shortHelpString() const
{
  return withFullHelp( PlaceGap::tr( "Computes travel times by road and ferry from every origin to every destination (or the nearest few, or those within a time limit), one row per pair with minutes and kilometres, on a network of OpenStreetMap, OS Open Roads or OS Highways lines." ) );
}

PlaceGapTravelTimeMatrixAlgorithm *PlaceGapTravelTimeMatrixAlgorithm::createInstance() const
{
  return new PlaceGapTravelTimeMatrixAlgorithm();
}

void PlaceGapTravelTimeMatrixAlgorithm::initAlgorithm( const QVariantMap & )
{
  addNetworkParameters();
  addSitesParameters( ORIGINS, ORIGIN_ID_FIELD, PlaceGap::tr( "Origins" ) );
  addSitesParameters( DESTINATIONS, DESTINATION_ID_FIELD, PlaceGap::tr( "Destinations" ) );
  addParameter( new QgsProcessingParameterNumber( NEAREST, PlaceGap::tr( "Keep only the k nearest destinations (0 = all)" ), placegap::compat::NUMBER_INTEGER, 0, false, 0 ) );
  addParameter( new QgsProcessingParameterNumber( MAX_MINUTES, PlaceGap::tr( "Keep only destinations within minutes (0 = no limit)" ), placegap::compat::NUMBER_DOUBLE, 0.0, false, 0 ) );
  addReturnTripParameter();
  addParameter( new QgsProcessingParameterFeatureSink( OUTPUT, PlaceGap::tr( "Travel time matrix" ), placegap::compat::SOURCE_ANY_VECTOR ) );
  showReadableNumbers();
}

bool PlaceGapTravelTimeMatrixAlgorithm::checkParameterValues( const QVariantMap &parameters, QgsProcessingContext &context, QString *message ) const
{
  if ( !PlaceGapNetworkAlgorithmBase::checkParameterValues( parameters, context, message ) )
    return false;
  const QString problem = parameterAsDouble( parameters, MAX_MINUTES, context ) > 0 ? needsFastest( parameters, context, named( MAX_MINUTES ) ) : QString();
  if ( !problem.isEmpty() )
  {
    if ( message )
      *message = problem;
    return false;
  }
  return true;
}

QgsFields PlaceGapTravelTimeMatrixAlgorithm::outputFields( const QVariantMap &parameters, QgsProcessingContext &context, const Network &network ) const
{
  QgsFields fields;
  fields.append( siteIdField( parameters, ORIGINS, ORIGIN_ID_FIELD, FIELD_ORIGIN_ID, context ) );
  fields.append( siteIdField( parameters, DESTINATIONS, DESTINATION_ID_FIELD, FIELD_DESTINATION_ID, context ) );
  fields.append( placegap::compat::doubleField( FIELD_MINUTES, 0, 0 ) );
  fields.append( placegap::compat::doubleField( FIELD_KM, 0, 0 ) );
  fields.append( placegap::compat::intField( FIELD_RANK ) );
  fields.append( placegap::compat::doubleField( FIELD_ORIGIN_SNAP, 0, 0 ) );
  fields.append( placegap::compat::doubleField( FIELD_DESTINATION_SNAP, 0, 0 ) );
  for ( const QgsField &field : timetableFields( network ) )
    fields.append( field );
  return fields;
}

QList<QgsAttributes> PlaceGapTravelTimeMatrixAlgorithm::originRows( const Network &network, const TimetableResults &timetabled, const std::vector<Site> &origins, const std::vector<Site> &destinations, std::size_t i, const std::vector<placegap::Reach> &reaches, bool fullMatrix, std::size_t &unreachable )
{
  const Site &origin = origins[i];
  QList<QgsAttributes> rows;
  rows.reserve( static_cast<int>( fullMatrix ? destinations.size() : reaches.size() ) );
  unreachable += forEachOriginRow( reaches, destinations.size(), fullMatrix, [&]( std::size_t d, const placegap::Reach *reach, int rank )
                                   {
    // Room for every column at once: growing each row cell by cell was a tenth of writing a large matrix.
    QgsAttributes row;
    row.reserve( 16 );
    const Site &site = destinations[d];
    if ( reach )
      row << origin.id << site.id << minutesValue( network, reach->seconds ) << kilometresValue( reach->metres ) << rank;
    else
      row << origin.id << site.id << QVariant() << QVariant() << QVariant();
    rows << ( row << snapValue( origin ) << snapValue( site ) << timetableAttributes( network, timetabled, i, d, reach ) ); } );
  return rows;
}

PlaceGapTravelTimeMatrixAlgorithm::SiteCells PlaceGapTravelTimeMatrixAlgorithm::siteCells( const PlaceGapRowWriter &writer, const Site &site )
{
  SiteCells cells;
  writer.formatCell( site.id, cells.id );
  writer.formatCell( snapValue( site ), cells.snap );
  return cells;
}

std::size_t PlaceGapTravelTimeMatrixAlgorithm::formatOriginRows( const PlaceGapRowWriter &writer, const Network &network, const TimetableResults &timetabled, const std::vector<Site> &origins, const std::vector<SiteCells> &destinationCells, std::size_t i, const std::vector<placegap::Reach> &reaches, bool fullMatrix, std::size_t &unreachable, std::string &block )
{
  // The columns of originRows(); only the results (and a timetable's columns) are formatted row by row.
  using Part = PlaceGapRowWriter::RowPart;
  const SiteCells origin = siteCells( writer, origins[i] );
  std::vector<std::string> timetableCells;
  std::vector<Part> parts;
  std::size_t rows = 0;
  unreachable += forEachOriginRow( reaches, destinationCells.size(), fullMatrix, [&]( std::size_t d, const placegap::Reach *reach, int rank )
                                   {
    const SiteCells &destination = destinationCells[d];
    parts.assign( { Part::ofCell( origin.id ), Part::ofCell( destination.id ),
                    reach ? Part::ofNumber( minutes( network, reach->seconds ) ) : Part(),
                    reach ? Part::ofNumber( kilometres( reach->metres ) ) : Part(),
                    reach ? Part::ofInteger( rank ) : Part(), Part::ofCell( origin.snap ), Part::ofCell( destination.snap ) } );
    if ( network.timetable )
    {
      const QgsAttributes timetable = timetableAttributes( network, timetabled, i, d, reach );
      timetableCells.resize( static_cast<std::size_t>( timetable.size() ) );
      for ( int k = 0; k < timetable.size(); ++k )
      {
        timetableCells[k].clear();
        writer.formatCell( timetable.at( k ), timetableCells[k] );
        parts.push_back( Part::ofCell( timetableCells[k] ) );
      }
    }
    writer.formatRowOf( parts.data(), parts.size(), block );
    ++rows; } );
  return rows;
}

void PlaceGapTravelTimeMatrixAlgorithm::writeRows( const QList<QgsAttributes> &rows, PlaceGapRowWriter *bulk, const QString &file, QgsFeatureSink *sink, const QgsFields &fields, const QVariantMap &parameters )
{
  if ( bulk )
  {
    for ( const QgsAttributes &row : rows )
    {
      if ( !bulk->add( row ) )
        throw QgsProcessingException( PlaceGap::tr( "Could not write the matrix to %1 (OUTPUT): %2." ).arg( file, bulk->error() ) );
    }
    return;
  }
  QgsFeatureList features;
  for ( const QgsAttributes &row : rows )
  {
    QgsFeature feature( fields );
    feature.setAttributes( row );
    features << feature;
  }
  if ( !sink->addFeatures( features, QgsFeatureSink::FastInsert ) )
    throw QgsProcessingException( writeFeatureError( sink, parameters, OUTPUT ) );
}

QVariantMap PlaceGapTravelTimeMatrixAlgorithm::processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  PlaceGapFeatureWarnings warnings( feedback );
  const std::unique_ptr<Network> network = loadNetwork( parameters, context, feedback, warnings );
  if ( !network )
    return QVariantMap();
  const std::vector<Site> origins = loadSites( parameters, ORIGINS, ORIGIN_ID_FIELD, *network, context, feedback, warnings, PlaceGap::tr( "Origins" ) );
  const std::vector<Site> destinations = loadSites( parameters, DESTINATIONS, DESTINATION_ID_FIELD, *network, context, feedback, warnings, PlaceGap::tr( "Destinations" ) );
  if ( feedback->isCanceled() )
    return QVariantMap();

  placegap::TravelQuery query;
  query.nearest = static_cast<std::size_t>( std::max( 0, parameterAsInt( parameters, NEAREST, context ) ) );
  const double maxMinutes = parameterAsDouble( parameters, MAX_MINUTES, context );
  if ( maxMinutes > 0 )
    query.cutoffSeconds = maxMinutes * 60.0;
  const bool fullMatrix = query.nearest == 0 && maxMinutes <= 0;

  const placegap::TravelTimeEngine engine( network->graph, endpoints( destinations ) );
  // The timetable's extras first: the matrix's rows are then written as they are searched.
  const TimetableResults timetabled = timetableResults( *network, origins, engine, feedback, 35, 55 );
  if ( feedback->isCanceled() )
    return QVariantMap();

  const QgsFields fields = outputFields( parameters, context, *network );

  PlaceGapOutputGuard outputGuard( parameters, OUTPUT, context );
  QString destination;
  QString file;
  std::unique_ptr<QgsFeatureSink> sink;
  // A CSV file is made here; a GeoPackage table by QGIS's writer, with its schema, and then
  // takes its rows straight (SQLite in one transaction); anything else through the sink.
  std::unique_ptr<PlaceGapRowWriter> bulk = PlaceGapRowWriter::forCsvOutput( *parameterDefinition( OUTPUT ), parameters.value( OUTPUT ), fields, context, destination );
  if ( bulk )
    file = destination;
  else
  {
    sink.reset( parameterAsSink( parameters, OUTPUT, context, destination, fields, placegap::compat::WKB_NO_GEOMETRY, QgsCoordinateReferenceSystem() ) );
    if ( !sink )
      throw QgsProcessingException( invalidSinkError( parameters, OUTPUT ) );
    if ( !PlaceGapRowWriter::remapsFields( parameters.value( OUTPUT ) ) )
      bulk = PlaceGapRowWriter::forGeoPackageTable( destination, fields, sink, file );
  }
  if ( bulk && !bulk->isOpen() )
    throw QgsProcessingException( PlaceGap::tr( "Could not write the matrix to %1 (OUTPUT): %2." ).arg( file, bulk->error() ) );
  std::size_t rows = 0;
  std::size_t unreachable = 0;
  QElapsedTimer writing;
  qint64 writingMs = 0;
  // The rows are written a block of origins at a time, as the search hands them over: a large
  // matrix is never held whole. A text file's rows are formatted on every core and written in
  // origin order; the cells of the destinations once. The formatted blocks keep their memory from
  // block to block: fresh memory for each was a page fault every 4 kB.
  const unsigned threads = placegap::threadsFor( network->threads );
  const bool apart = bulk && bulk->formatsApart();
  const std::size_t blockOrigins = 64 * static_cast<std::size_t>( threads );
  std::vector<SiteCells> destinationCells;
  std::vector<std::string> blocks( apart ? blockOrigins : 0 );
  if ( apart )
  {
    destinationCells.reserve( destinations.size() );
    for ( const Site &site : destinations )
      destinationCells.push_back( siteCells( *bulk, site ) );
  }
  const auto writeBlock = [&]( std::size_t first, std::vector<std::vector<placegap::Reach>> &reaches )
  {
    if ( feedback->isCanceled() )
      return false;
    writing.start();
    const std::size_t count = reaches.size();
    if ( apart )
    {
      std::vector<std::size_t> rowCounts( count, 0 );
      std::vector<std::size_t> unreachableCounts( count, 0 );
      placegap::forEachInParallel( count, threads, [&]( std::size_t k, unsigned )
                                   {
        blocks[k].clear();
        rowCounts[k] = formatOriginRows( *bulk, *network, timetabled, origins, destinationCells, first + k, reaches[k], fullMatrix, unreachableCounts[k], blocks[k] ); } );
      for ( std::size_t k = 0; k < count; ++k )
      {
        if ( !bulk->addFormatted( blocks[k] ) )
          throw QgsProcessingException( PlaceGap::tr( "Could not write the matrix to %1 (OUTPUT): %2." ).arg( file, bulk->error() ) );
        rows += rowCounts[k];
        unreachable += unreachableCounts[k];
      }
    }
    else
    {
      for ( std::size_t k = 0; k < count; ++k )
      {
        const QList<QgsAttributes> originRowList = originRows( *network, timetabled, origins, destinations, first + k, reaches[k], fullMatrix, unreachable );
        writeRows( originRowList, bulk.get(), file, sink.get(), fields, parameters );
        rows += static_cast<std::size_t>( originRowList.size() );
      }
    }
    writingMs += writing.elapsed();
    return true;
  };
  if ( !travelInBlocks( *network, origins, engine, query, feedback, network->timetable ? 55 : 35, 100, blockOrigins, writeBlock ) || feedback->isCanceled() )
    return QVariantMap();
  if ( unreachable > 0 )
    feedback->pushWarning( PlaceGap::tr( "%n origin-destination pair(s) cannot be reached over the network; their minutes and km are NULL.", nullptr, static_cast<int>( unreachable ) ) );
  warnings.summarize();
  writing.start();
  sink.reset();
  if ( bulk && !bulk->commit() )
    throw QgsProcessingException( PlaceGap::tr( "Could not write the matrix to %1 (OUTPUT): %2." ).arg( file, bulk->error() ) );
  writingMs += writing.elapsed();
  feedback->pushInfo( PlaceGap::tr( "Wrote %1 row(s) in %2 s." ).arg( rows ).arg( writingMs / 1000.0, 0, 'f', 2 ) );
  outputGuard.keep();

  QVariantMap outputs;
  outputs.insert( OUTPUT, destination );
  return withProvenance( parameters, outputs );
}
