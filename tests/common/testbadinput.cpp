/***************************************************************************
  testbadinput.cpp - every registered algorithm against a catalogue of bad input and faults
 ***************************************************************************/
#include "placegapcompat.h"
#include "placegaptestutils.h"

#include "qgsprocessingprovider.h"
#include "qgsproject.h"
#include "qgsvectorfilewriter.h"

#include <QDir>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtTest>

#include <gdal.h>

#include <functional>
#include <limits>
#include <memory>

/*
 * Each algorithm of the provider runs first with a baseline of good parameters (the sample data,
 * a small road grid), which must succeed; then with one thing at a time made bad:
 *
 *   source     a file that does not exist; a file that is not a GeoPackage (corrupt); the
 *              layer with no features; the layer with every other geometry NULL
 *   field      a field the layer does not have
 *   output     a folder that does not exist
 *   run        cancelled at its first progress step
 *
 * and must not crash; where it fails, it says so in a message that names the parameter, the field
 * or the file; and it leaves no output file behind (none of the runs' outputs existed before).
 * A new algorithm joins by being registered: the suite fails until it has a baseline.
 */
class TestBadInput : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyAlgorithmHasAWorkingBaseline();
    void missingAndCorruptSources();
    void emptyAndNullGeometrySources();
    void oddValuesAndGeographicCrs();
    void nanAndInfinityAreNamed();
    void missingFields();
    void unwritableOutputs();
    void cancelledMidway();

  private:
    struct Outcome
    {
        bool ok = false;
        QString error;
        QStringList outputs; //!< Destination files of the run.
        QStringList warnings;
    };
    //! Runs id with parameters (destinations made unique files of the temporary folder).
    Outcome run( const QString &id, QVariantMap parameters, const QString &caseName, bool cancelAtFirstProgress = false );
    //! The parameters of id with a value in its baseline or a default.
    QList<const QgsProcessingParameterDefinition *> setParameters( const QString &id ) const;
    QString writeNetwork();
    QString writePopulationRaster();
    QString emptyCopy( const QString &uri );
    //! A memory copy of the layer's first 300 features, transformed by edit.
    QString editedCopy( const QString &uri, const std::function<void( QgsFeature & )> &edit, const QString &crs = QString() );
    void expectNoOutputs( const QString &what, const Outcome &outcome );

    std::unique_ptr<QTemporaryDir> mDir;
    std::unique_ptr<QgsProcessingContext> mContext;
    QMap<QString, QVariantMap> mBaselines;
    QList<QgsMapLayer *> mLayers;
    int mCounter = 0; //!< Output files made.
    int mRuns = 0;
};

namespace
{
  const QString SAMPLE = QStringLiteral( PLACEGAP_SAMPLE_GEOPACKAGE );
  QString sample( const QString &layer )
  {
    return SAMPLE + QStringLiteral( "|layername=" ) + layer;
  }

  bool isSource( const QgsProcessingParameterDefinition *definition )
  {
    const QString type = definition->type();
    return type == QStringLiteral( "source" ) || type == QStringLiteral( "vector" ) || type == QStringLiteral( "raster" );
  }

  QString extensionFor( const QgsProcessingParameterDefinition *definition )
  {
    return definition->type() == QStringLiteral( "rasterDestination" ) ? QStringLiteral( "tif" ) : QStringLiteral( "gpkg" );
  }

  //! A feedback that cancels the run at its first progress step past 0 %.
  class CancellingFeedback : public placegaptest::CapturingFeedback
  {
    public:
      explicit CancellingFeedback( bool cancelAtFirstProgress )
      {
        if ( cancelAtFirstProgress )
          QObject::connect( this, &QgsFeedback::progressChanged, this, [this]( double progress )
                            {
            if ( progress > 0 )
              cancel(); } );
      }
  };
} // namespace

void TestBadInput::initTestCase()
{
  placegaptest::startQgis();
  mDir = std::make_unique<QTemporaryDir>();
  mContext = std::make_unique<QgsProcessingContext>();
  mContext->setProject( QgsProject::instance() );
  QVERIFY2( QFileInfo::exists( SAMPLE ), "build the sample data first (target sample-data)" );
  // Graph caches of the network algorithms stay in this test's folder.
  qputenv( "PLACEGAP_GRAPH_CACHE", mDir->filePath( QStringLiteral( "graphcache.sqlite" ) ).toLocal8Bit() );

  const QString network = writeNetwork();
  const QString roads = network + QStringLiteral( "|layername=roads" );
  const QString sites = network + QStringLiteral( "|layername=sites" );
  const QString settlements = network + QStringLiteral( "|layername=settlements" );
  const QString catchments = network + QStringLiteral( "|layername=catchments" );
  const QString population = writePopulationRaster();
  const QString primaries = sample( QStringLiteral( "schools" ) ) + QStringLiteral( "|subset=\"school_type\" = 'Primary'" );

  auto with = []( std::initializer_list<std::pair<const char *, QVariant>> values )
  {
    QVariantMap map;
    for ( const auto &[key, value] : values )
      map.insert( QString::fromLatin1( key ), value );
    return map;
  };
  const QVariant reading = QStringLiteral( "acel_p_reading_lo" );
  const QVariant readingHigh = QStringLiteral( "acel_p_reading_hi" );
  mBaselines = {
      { "placegap:attainmentgap", with( { { "INPUT", primaries }, { "ATTAINMENT_LOWER_FIELD", reading }, { "ATTAINMENT_UPPER_FIELD", readingHigh }, { "QUANTILE_FIELD", "dz_simd_quintile" }, { "WEIGHT_FIELD", "pupil_roll" }, { "BOOTSTRAP_SAMPLES", 20 } } ) },
      { "placegap:attainmentresiduals", with( { { "INPUT", primaries }, { "ATTAINMENT_LOWER_FIELD", reading }, { "ATTAINMENT_UPPER_FIELD", readingHigh }, { "DEPRIVATION_FIELD", "dz_simd_rank" }, { "RANK_DRAWS", 50 } } ) },
      { "placegap:bivariatelisa", with( { { "INPUT", sample( "data_zones" ) }, { "DEPRIVATION_FIELD", "simd_rank" }, { "ATTAINMENT_FIELD", "income_rate" }, { "PERMUTATIONS", 19 } } ) },
      { "placegap:buildsampledata", with( { { "SOURCE_FOLDER", QStringLiteral( PLACEGAP_SOURCE_DATA_DIR ) } } ) },
      { "placegap:catchmentprofile", with( { { "INPUT", sample( "data_zones" ) }, { "RANK_FIELD", "simd_rank" }, { "POPULATION_FIELD", "population" }, { "CATCHMENTS", catchments } } ) },
      { "placegap:costsurfacetraveltime", with( { { "ORIGINS", sample( "data_zones" ) }, { "SERVICES", primaries }, { "LAND", sample( "land" ) }, { "CELL_SIZE", 2000 } } ) },
      { "placegap:councildeprivationquintiles", with( { { "INPUT", sample( "data_zones" ) }, { "RANK_FIELD", "simd_rank" }, { "POPULATION_FIELD", "population" }, { "GROUP_FIELD", "council_code" } } ) },
      { "placegap:degreeofurbanisation", with( { { "INPUT", population }, { "AREAS", sample( "council_areas" ) } } ) },
      { "placegap:deprivationattainmentoverlay", with( { { "INPUT", primaries }, { "CODE_FIELD", "seed_code" }, { "DEPRIVATION_FIELD", "dz_simd_rank" }, { "ATTAINMENT", primaries }, { "ATTAINMENT_CODE_FIELD", "seed_code" }, { "ATTAINMENT_LOWER_FIELD", reading }, { "ATTAINMENT_UPPER_FIELD", readingHigh } } ) },
      { "placegap:deprivationquantiles", with( { { "INPUT", sample( "data_zones" ) }, { "RANK_FIELD", "simd_rank" } } ) },
      { "placegap:floatingcatchment", with( { { "INPUT", roads }, { "DEMAND", sites }, { "POPULATION_FIELD", "population" }, { "SUPPLY", sites }, { "CAPACITY_FIELD", "capacity" } } ) },
      { "placegap:islandflag", with( { { "INPUT", roads }, { "FEATURES", sites } } ) },
      { "placegap:nearestservice", with( { { "INPUT", roads }, { "ORIGINS", sites }, { "SERVICES", sites } } ) },
      { "placegap:populationgrid", with( { { "INPUT", sample( "data_zones" ) }, { "POPULATION_FIELD", "population" }, { "CELL_SIZE", 5000 } } ) },
      { "placegap:primaryattainmentbydeprivation", with( { { "SCHOOLS", sample( "schools" ) } } ) },
      { "placegap:serviceareas", with( { { "INPUT", roads }, { "SERVICES", sites } } ) },
      { "placegap:servicecoverage", with( { { "INPUT", roads }, { "ORIGINS", sites }, { "SERVICES", sites } } ) },
      { "placegap:traveltimematrix", with( { { "INPUT", roads }, { "ORIGINS", sites }, { "DESTINATIONS", sites } } ) },
      { "placegap:urbanruralclassification", with( { { "INPUT", roads }, { "FEATURES", sites }, { "SETTLEMENTS", settlements }, { "SETTLEMENT_POPULATION_FIELD", "population" } } ) },
  };
}

void TestBadInput::cleanupTestCase()
{
  qDeleteAll( mLayers );
  mContext.reset();
  QgsApplication::exitQgis();
}

QString TestBadInput::writeNetwork()
{
  /*
   * A 6 x 6 km road grid (lines every km, 50 km/h), EPSG:27700, near Inverness:
   * sites at four nodes with population and capacity; one settlement polygon round the centre.
   */
  const QString path = mDir->filePath( QStringLiteral( "network.gpkg" ) );
  const double x0 = 265000, y0 = 845000;
  QList<QPair<QString, QgsAttributes>> roads;
  for ( int i = 0; i <= 6; ++i )
  {
    roads << qMakePair( QStringLiteral( "LineString(%1 %2, %3 %2)" ).arg( x0 ).arg( y0 + i * 1000 ).arg( x0 + 6000 ), QgsAttributes() );
    roads << qMakePair( QStringLiteral( "LineString(%1 %2, %1 %3)" ).arg( x0 + i * 1000 ).arg( y0 ).arg( y0 + 6000 ), QgsAttributes() );
  }
  QList<QPair<QString, QgsAttributes>> sites;
  int id = 0;
  for ( const auto &[dx, dy] : { std::make_pair( 0, 0 ), std::make_pair( 6000, 0 ), std::make_pair( 3000, 3000 ), std::make_pair( 6000, 6000 ) } )
    sites << qMakePair( QStringLiteral( "Point(%1 %2)" ).arg( x0 + dx ).arg( y0 + dy ), QgsAttributes() << ++id << 100.0 * id << 1.0 * id );
  const QList<QPair<QString, QgsAttributes>> settlements = { qMakePair( QStringLiteral( "Polygon((%1 %2, %3 %2, %3 %4, %1 %4, %1 %2))" ).arg( x0 + 2000 ).arg( y0 + 2000 ).arg( x0 + 4000 ).arg( y0 + 4000 ), QgsAttributes() << 1 << 15000.0 ) };

  const QList<std::tuple<QString, QString, QList<QPair<QString, QgsAttributes>>>> layers = {
      { QStringLiteral( "roads" ), QStringLiteral( "LineString?crs=EPSG:27700" ), roads },
      { QStringLiteral( "sites" ), QStringLiteral( "Point?crs=EPSG:27700&field=id:integer&field=population:double&field=capacity:double" ), sites },
      { QStringLiteral( "settlements" ), QStringLiteral( "Polygon?crs=EPSG:27700&field=id:integer&field=population:double" ), settlements },
      // Two catchments round Inverness, over the sample data's zones.
      { QStringLiteral( "catchments" ), QStringLiteral( "Polygon?crs=EPSG:27700&field=name:string" ), { qMakePair( QStringLiteral( "Polygon((250000 830000, 270000 830000, 270000 870000, 250000 870000, 250000 830000))" ), QgsAttributes() << "west" ), qMakePair( QStringLiteral( "Polygon((270000 830000, 290000 830000, 290000 870000, 270000 870000, 270000 830000))" ), QgsAttributes() << "east" ) } },
  };
  bool first = true;
  for ( const auto &[name, definition, rows] : layers )
  {
    std::unique_ptr<QgsVectorLayer> layer( placegaptest::memoryLayer( definition, rows, name ) );
    QgsVectorFileWriter::SaveVectorOptions options;
    options.driverName = QStringLiteral( "GPKG" );
    options.layerName = name;
    options.actionOnExistingFile = first ? QgsVectorFileWriter::CreateOrOverwriteFile : QgsVectorFileWriter::CreateOrOverwriteLayer;
    QString error;
    if ( QgsVectorFileWriter::writeAsVectorFormatV3( layer.get(), path, QgsCoordinateTransformContext(), options, &error ) != QgsVectorFileWriter::NoError )
      qFatal( "cannot write %s: %s", qPrintable( path ), qPrintable( error ) );
    first = false;
  }
  return path;
}

QString TestBadInput::writePopulationRaster()
{
  // 20 x 20 cells of 1 km with 2,000 people each and a centre of 60,000: an urban centre.
  const QString path = mDir->filePath( QStringLiteral( "population.tif" ) );
  GDALAllRegister();
  GDALDatasetH dataset = GDALCreate( GDALGetDriverByName( "GTiff" ), path.toUtf8().constData(), 20, 20, 1, GDT_Float64, nullptr );
  double transform[6] = { 265000, 1000, 0, 865000, 0, -1000 };
  GDALSetGeoTransform( dataset, transform );
  GDALSetProjection( dataset, QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:27700" ) ).toWkt().toUtf8().constData() );
  std::vector<double> people( 400, 2000.0 );
  people[210] = 60000;
  if ( GDALRasterIO( GDALGetRasterBand( dataset, 1 ), GF_Write, 0, 0, 20, 20, people.data(), 20, 20, GDT_Float64, 0, 0 ) != CE_None )
    qFatal( "cannot write %s", qPrintable( path ) );
  GDALClose( dataset );
  return path;
}

QString TestBadInput::emptyCopy( const QString &uri )
{
  // The same layer and fields, no feature: a subset nothing passes.
  const QString base = uri.section( QStringLiteral( "|subset=" ), 0, 0 );
  return base + QStringLiteral( "|subset=fid < 0" );
}

TestBadInput::Outcome TestBadInput::run( const QString &id, QVariantMap parameters, const QString &caseName, bool cancelAtFirstProgress )
{
  Outcome outcome;
  ++mRuns;
  std::unique_ptr<QgsProcessingAlgorithm> algorithm( QgsApplication::processingRegistry()->createAlgorithmById( id ) );
  for ( const QgsProcessingParameterDefinition *definition : algorithm->destinationParameterDefinitions() )
  {
    if ( parameters.contains( definition->name() ) && parameters.value( definition->name() ).toString().startsWith( QLatin1String( "/nonexistent" ) ) )
    {
      outcome.outputs << parameters.value( definition->name() ).toString();
      continue;
    }
    if ( ( definition->flags() & placegap::compat::PARAMETER_OPTIONAL ) && !parameters.contains( definition->name() ) )
      continue; // an optional output not asked for
    const QString file = mDir->filePath( QStringLiteral( "out_%1_%2.%3" ).arg( ++mCounter ).arg( caseName, extensionFor( definition ) ) );
    parameters.insert( definition->name(), file );
    outcome.outputs << file;
  }
  CancellingFeedback feedback( cancelAtFirstProgress );
  const auto keepWarnings = qScopeGuard( [&outcome, &feedback]
                                         { outcome.warnings = feedback.warnings; } );
  QString message;
  if ( !algorithm->checkParameterValues( parameters, *mContext, &message ) )
  {
    outcome.error = message;
    return outcome;
  }
  try
  {
    bool ok = false;
    const QVariantMap results = algorithm->run( parameters, *mContext, &feedback, &ok, QVariantMap(), false );
    outcome.ok = ok && !results.isEmpty() && !feedback.isCanceled();
    if ( !outcome.ok )
      outcome.error = feedback.errors.join( '\n' );
  }
  catch ( QgsProcessingException &e )
  {
    // What the dialog's log shows: the errors reported on the way (a model's step says what
    // went wrong there), then the exception's message.
    outcome.error = ( feedback.errors + QStringList { e.what() } ).join( '\n' );
  }
  return outcome;
}

QList<const QgsProcessingParameterDefinition *> TestBadInput::setParameters( const QString &id ) const
{
  QList<const QgsProcessingParameterDefinition *> set;
  const QgsProcessingAlgorithm *algorithm = QgsApplication::processingRegistry()->algorithmById( id );
  for ( const QgsProcessingParameterDefinition *definition : algorithm->parameterDefinitions() )
  {
    if ( definition->isDestination() )
      continue;
    if ( mBaselines.value( id ).contains( definition->name() ) || ( definition->defaultValue().isValid() && !definition->defaultValue().toString().isEmpty() ) )
      set << definition;
  }
  return set;
}

void TestBadInput::expectNoOutputs( const QString &what, const Outcome &outcome )
{
  for ( const QString &file : outcome.outputs )
    QVERIFY2( !QFileInfo::exists( file ), qPrintable( QStringLiteral( "%1 left %2 behind (%3)" ).arg( what, file, outcome.error ) ) );
}

void TestBadInput::everyAlgorithmHasAWorkingBaseline()
{
  const QgsProcessingProvider *provider = QgsApplication::processingRegistry()->providerById( QStringLiteral( "placegap" ) );
  for ( const QgsProcessingAlgorithm *algorithm : provider->algorithms() )
  {
    QVERIFY2( mBaselines.contains( algorithm->id() ), qPrintable( algorithm->id() + QStringLiteral( " has no baseline in this suite: add one" ) ) );
    if ( algorithm->id() == QLatin1String( "placegap:buildsampledata" ) )
      continue; // a 10-second run; its own tests run it whole
    const Outcome outcome = run( algorithm->id(), mBaselines.value( algorithm->id() ), QStringLiteral( "baseline" ) );
    QVERIFY2( outcome.ok, qPrintable( algorithm->id() + QStringLiteral( ": the baseline fails: " ) + outcome.error ) );
  }
}

void TestBadInput::missingAndCorruptSources()
{
  const int before = mRuns;
  const QString corrupt = mDir->filePath( QStringLiteral( "corrupt.gpkg" ) );
  {
    QFile file( corrupt );
    QVERIFY( file.open( QIODevice::WriteOnly ) );
    file.write( QByteArray( "SQLite format 3" ) + QByteArray( 4000, '\x5a' ) );
  }
  // The sample GeoPackage cut off at 40 %, as a copy interrupted mid-file: its tables say how
  // many features they hold, and the pages holding most of them are gone.
  const QString truncated = mDir->filePath( QStringLiteral( "truncated.gpkg" ) );
  {
    QFile whole( SAMPLE );
    QVERIFY( whole.open( QIODevice::ReadOnly ) );
    QFile cut( truncated );
    QVERIFY( cut.open( QIODevice::WriteOnly ) );
    cut.write( whole.read( whole.size() * 2 / 5 ) );
  }
  const QString missing = QStringLiteral( "/nonexistent/placegap/missing.gpkg" );
  for ( auto it = mBaselines.constBegin(); it != mBaselines.constEnd(); ++it )
  {
    for ( const QgsProcessingParameterDefinition *definition : setParameters( it.key() ) )
    {
      if ( !isSource( definition ) || !it.value().contains( definition->name() ) )
        continue;
      const QString uri = it.value().value( definition->name() ).toString();
      QStringList bads { missing, corrupt };
      if ( uri.startsWith( SAMPLE ) )
        bads << QString( uri ).replace( SAMPLE, truncated );
      for ( const QString &bad : std::as_const( bads ) )
      {
        QVariantMap parameters = it.value();
        parameters.insert( definition->name(), bad );
        const QString what = QStringLiteral( "%1 with %2 = %3" ).arg( it.key(), definition->name(), bad );
        const Outcome outcome = run( it.key(), parameters, QStringLiteral( "badsource" ) );
        QVERIFY2( !outcome.ok, qPrintable( what + QStringLiteral( " succeeded" ) ) );
        const QString file = bad.section( '|', 0, 0 );
        QVERIFY2( outcome.error.contains( definition->name() ) || outcome.error.contains( file ), qPrintable( what + QStringLiteral( ": the message names neither: " ) + outcome.error ) );
        expectNoOutputs( what, outcome );
      }
    }
  }
  // The catalogue reached every algorithm: not a loop that ran over nothing.
  qInfo( "%d runs", mRuns - before );
  QVERIFY( mRuns - before >= 60 );
}

void TestBadInput::emptyAndNullGeometrySources()
{
  const int before = mRuns;
  for ( auto it = mBaselines.constBegin(); it != mBaselines.constEnd(); ++it )
  {
    for ( const QgsProcessingParameterDefinition *definition : setParameters( it.key() ) )
    {
      if ( definition->type() != QStringLiteral( "source" ) || !it.value().contains( definition->name() ) )
        continue;
      const QString uri = it.value().value( definition->name() ).toString();
      int n = 0;
      const QString nullGeometries = editedCopy( uri, [&n]( QgsFeature &feature )
                                                 {
        if ( n++ % 2 == 1 )
          feature.clearGeometry(); } );
      for ( const QString &bad : { emptyCopy( uri ), nullGeometries } )
      {
        QVariantMap parameters = it.value();
        parameters.insert( definition->name(), bad );
        const QString what = QStringLiteral( "%1 with %2 %3" ).arg( it.key(), definition->name(), bad.contains( QLatin1String( "fid < 0" ) ) ? QStringLiteral( "empty" ) : QStringLiteral( "with NULL geometries" ) );
        const Outcome outcome = run( it.key(), parameters, QStringLiteral( "emptyornull" ) );
        // Success (with warnings) or a clear refusal; never a crash, never a partial output.
        if ( !outcome.ok )
        {
          QVERIFY2( !outcome.error.trimmed().isEmpty(), qPrintable( what + QStringLiteral( " failed without a message" ) ) );
          expectNoOutputs( what, outcome );
        }
      }
    }
  }
  // The catalogue reached every algorithm: not a loop that ran over nothing.
  qInfo( "%d runs", mRuns - before );
  QVERIFY( mRuns - before >= 60 );
}

QString TestBadInput::editedCopy( const QString &uri, const std::function<void( QgsFeature & )> &edit, const QString &crs )
{
  auto source = std::make_unique<QgsVectorLayer>( uri, QStringLiteral( "source" ), QStringLiteral( "ogr" ) );
  if ( !source->isValid() )
    return QString();
  const QString geometry = source->isSpatial() ? QgsWkbTypes::displayString( source->wkbType() ) : QStringLiteral( "None" );
  auto *copy = new QgsVectorLayer( QStringLiteral( "%1?crs=%2" ).arg( geometry, crs.isEmpty() ? source->crs().authid() : crs ), QStringLiteral( "edited" ), QStringLiteral( "memory" ) );
  copy->dataProvider()->addAttributes( source->fields().toList() );
  copy->updateFields();
  QgsFeatureRequest request;
  request.setLimit( 300 );
  if ( !crs.isEmpty() )
    request.setDestinationCrs( QgsCoordinateReferenceSystem( crs ), QgsProject::instance()->transformContext() );
  QgsFeatureList features;
  QgsFeature feature;
  QgsFeatureIterator it = source->getFeatures( request );
  while ( it.nextFeature( feature ) )
  {
    QgsFeature out( copy->fields() );
    out.setAttributes( feature.attributes() );
    out.setGeometry( feature.geometry() );
    edit( out );
    features << out;
  }
  copy->dataProvider()->addFeatures( features );
  QgsProject::instance()->addMapLayer( copy );
  return copy->id();
}

void TestBadInput::oddValuesAndGeographicCrs()
{
  const int before = mRuns;
  // Numbers no field should hold, in turn: NaN, infinity, minus infinity, 1e300, NULL, then good.
  int turn = 0;
  const auto oddNumbers = [&turn]( QgsFeature &feature )
  {
    const QVariant values[] = { std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity(), 1e300, QVariant() };
    const int which = turn++ % 6;
    if ( which == 5 )
      return;
    for ( int i = 0; i < feature.fields().count(); ++i )
    {
      if ( feature.fields().at( i ).isNumeric() && feature.fields().at( i ).name() != QLatin1String( "fid" ) )
        feature.setAttribute( i, values[which] );
    }
  };
  for ( auto it = mBaselines.constBegin(); it != mBaselines.constEnd(); ++it )
  {
    for ( const QgsProcessingParameterDefinition *definition : setParameters( it.key() ) )
    {
      if ( definition->type() != QStringLiteral( "source" ) || !it.value().contains( definition->name() ) )
        continue;
      const QString uri = it.value().value( definition->name() ).toString();
      const QList<QPair<QString, QString>> copies = { { QStringLiteral( "NaN, infinite, huge and NULL numbers" ), editedCopy( uri, oddNumbers ) }, { QStringLiteral( "geographic coordinates (EPSG:4326)" ), editedCopy(
                                                                                                                                                                                                                 uri, []( QgsFeature & ) {}, QStringLiteral( "EPSG:4326" ) ) } };
      for ( const auto &[kind, bad] : copies )
      {
        QVariantMap parameters = it.value();
        parameters.insert( definition->name(), bad );
        const QString what = QStringLiteral( "%1 with %2 in %3" ).arg( it.key(), kind, definition->name() );
        const Outcome outcome = run( it.key(), parameters, QStringLiteral( "odd" ) );
        // Success (with warnings) or a clear refusal; never a crash, never a partial output.
        if ( !outcome.ok )
        {
          QVERIFY2( !outcome.error.trimmed().isEmpty(), qPrintable( what + QStringLiteral( " failed without a message" ) ) );
          expectNoOutputs( what, outcome );
        }
      }
    }
  }
  qInfo( "%d runs", mRuns - before );
  QVERIFY( mRuns - before >= 60 );
}

void TestBadInput::nanAndInfinityAreNamed()
{
  // A NaN or an infinite number is not NULL, nor text: the warning says which it is.
  int turn = 0;
  const QString zones = editedCopy( sample( QStringLiteral( "data_zones" ) ), [&turn]( QgsFeature &feature )
                                    {
    const int which = turn++;
    if ( which < 2 )
      feature.setAttribute( QStringLiteral( "income_rate" ), which == 0 ? std::numeric_limits<double>::quiet_NaN() : std::numeric_limits<double>::infinity() ); } );
  for ( const QString &id : { QStringLiteral( "placegap:catchmentprofile" ), QStringLiteral( "placegap:populationgrid" ) } )
  {
    QVariantMap parameters = mBaselines.value( id );
    parameters.insert( QStringLiteral( "INPUT" ), zones );
    parameters.insert( QStringLiteral( "POPULATION_FIELD" ), QStringLiteral( "income_rate" ) ); // a real field: an integer one cannot hold NaN
    const Outcome outcome = run( id, parameters, QStringLiteral( "nan" ) );
    const QString warnings = outcome.warnings.join( '\n' );
    QVERIFY2( warnings.contains( QStringLiteral( "'income_rate' is NaN (not a number)" ) ) && warnings.contains( QStringLiteral( "'income_rate' is infinite" ) ), qPrintable( id + QStringLiteral( ": " ) + warnings + outcome.error ) );
  }
}

void TestBadInput::missingFields()
{
  const int before = mRuns;
  for ( auto it = mBaselines.constBegin(); it != mBaselines.constEnd(); ++it )
  {
    for ( const QgsProcessingParameterDefinition *definition : setParameters( it.key() ) )
    {
      // A field of a layer the run is given (a timetable's fields matter only with a timetable).
      if ( definition->type() != QStringLiteral( "field" ) || !it.value().contains( static_cast<const QgsProcessingParameterField *>( definition )->parentLayerParameterName() ) )
        continue;
      QVariantMap parameters = it.value();
      parameters.insert( definition->name(), QStringLiteral( "no_such_field" ) );
      const QString what = QStringLiteral( "%1 with %2 = no_such_field" ).arg( it.key(), definition->name() );
      const Outcome outcome = run( it.key(), parameters, QStringLiteral( "nofield" ) );
      QVERIFY2( !outcome.ok, qPrintable( what + QStringLiteral( " succeeded" ) ) );
      QVERIFY2( outcome.error.contains( QStringLiteral( "no_such_field" ) ), qPrintable( what + QStringLiteral( ": the message does not name the field: " ) + outcome.error ) );
      expectNoOutputs( what, outcome );
    }
  }
  // The catalogue reached every algorithm: not a loop that ran over nothing.
  qInfo( "%d runs", mRuns - before );
  QVERIFY( mRuns - before >= 20 );
}

void TestBadInput::unwritableOutputs()
{
  const int before = mRuns;
  for ( auto it = mBaselines.constBegin(); it != mBaselines.constEnd(); ++it )
  {
    const QgsProcessingAlgorithm *algorithm = QgsApplication::processingRegistry()->algorithmById( it.key() );
    for ( const QgsProcessingParameterDefinition *definition : algorithm->destinationParameterDefinitions() )
    {
      QVariantMap parameters = it.value();
      const QString bad = QStringLiteral( "/nonexistent/placegap/out.%1" ).arg( extensionFor( definition ) );
      parameters.insert( definition->name(), bad );
      const QString what = QStringLiteral( "%1 with %2 = %3" ).arg( it.key(), definition->name(), bad );
      const Outcome outcome = run( it.key(), parameters, QStringLiteral( "unwritable" ) );
      QVERIFY2( !outcome.ok, qPrintable( what + QStringLiteral( " succeeded" ) ) );
      QVERIFY2( !outcome.error.trimmed().isEmpty(), qPrintable( what + QStringLiteral( " failed without a message" ) ) );
      expectNoOutputs( what, outcome );
    }
  }
  // The catalogue reached every algorithm: not a loop that ran over nothing.
  qInfo( "%d runs", mRuns - before );
  QVERIFY( mRuns - before >= 20 );
}

void TestBadInput::cancelledMidway()
{
  const int before = mRuns;
  for ( auto it = mBaselines.constBegin(); it != mBaselines.constEnd(); ++it )
  {
    const Outcome outcome = run( it.key(), it.value(), QStringLiteral( "cancelled" ), true );
    if ( !outcome.ok )
      expectNoOutputs( it.key() + QStringLiteral( " cancelled" ), outcome );
  }
  // The catalogue reached every algorithm: not a loop that ran over nothing.
  qInfo( "%d runs", mRuns - before );
  QVERIFY( mRuns - before >= 19 );
}

QTEST_MAIN( TestBadInput )
#include "testbadinput.moc"
