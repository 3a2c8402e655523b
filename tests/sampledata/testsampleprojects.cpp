/***************************************************************************
  testsampleprojects.cpp - the teaching projects, models, main job and walkthrough, as installed
  The build is installed into a temporary prefix (or PLACEGAP_INSTALLED_PREFIX names one, such
  as the /usr of an unpacked Debian package), and everything runs from there, not the source tree.
 ***************************************************************************/
#include "placegapinstall.h"
#include "placegapinstalleddata.h"
#include "placegaptestutils.h"

#include "qgsbookmarkmanager.h"
#include "qgscoordinatetransform.h"
#include "qgslayertree.h"
#include "qgslayout.h"
#include "qgslayoutexporter.h"
#include "qgslayoutframe.h"
#include "qgslayoutitemattributetable.h"
#include "qgslayoutitemlegend.h"
#include "qgslayoutitempage.h"
#include "qgslayoutitemregistry.h"
#include "qgslayoutmanager.h"
#include "qgslayoutpagecollection.h"
#include "qgsmaprenderersequentialjob.h"
#include "qgsmapsettings.h"
#include "qgsnativealgorithms.h"
#include "qgsprintlayout.h"
#include "qgsprocessingcontext.h"
#include "qgsprocessingmodelalgorithm.h"
#include "qgsproject.h"
#include "qgsprojectviewsettings.h"
#include "qgsvectorlayer.h"

#include <QDir>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <limits>

class TestSampleProjects : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void cleanupTestCase() { QgsApplication::exitQgis(); }
    void projects_data();
    void projects();
    void chooserListsTitles();
    void modelsRunOnSampleData();
    void attainmentModelRunsOnSampleData();
    void travelWalkthroughRuns();
    void mainJobRuns();

  private:
    //! Runs a bundled model with placegap_process, inputs as JSON on stdin; false with the error text.
    bool runModel( const QString &modelFile, const QVariantMap &inputs, QString &error ) const;

    QTemporaryDir mDir;
    QString mPrefix;     //!< The install prefix everything runs from.
    QString mProjects;   //!< <prefix>/share/placegap/sample-projects
    QString mGeoPackage; //!< The installed northern_alliance.gpkg.
    QString mRunner;     //!< <prefix>/bin/placegap_process
};

void TestSampleProjects::initTestCase()
{
  placegaptest::startQgis();
  mPrefix = qEnvironmentVariable( "PLACEGAP_INSTALLED_PREFIX" );
  if ( mPrefix.isEmpty() )
  {
    // Install this build as a user would, into a prefix of the test's own.
    mPrefix = mDir.filePath( QStringLiteral( "prefix" ) );
    const QString problem = placegaptest::installBuild( mPrefix );
    QVERIFY2( problem.isEmpty(), qPrintable( problem ) );
  }
  mProjects = mPrefix + QStringLiteral( "/share/placegap/sample-projects" );
  mGeoPackage = mProjects + QStringLiteral( "/northern_alliance.gpkg" );
  mRunner = mPrefix + QStringLiteral( "/bin/placegap_process" );
  QVERIFY2( QFileInfo::exists( mGeoPackage ), qPrintable( mGeoPackage + QStringLiteral( " is not installed" ) ) );
  QVERIFY2( QFileInfo( mRunner ).isExecutable(), qPrintable( mRunner ) );
  // Nothing the projects need lives outside the installed folder.
  QVERIFY( !mProjects.startsWith( QStringLiteral( PLACEGAP_SOURCE_DIR "/" ) ) );
}

// The Sample Projects chooser lists each installed project by its title with one line saying
// what it shows, read from the projects without opening them.
void TestSampleProjects::chooserListsTitles()
{
  const QList<placegap::installed::SampleProject> projects = placegap::installed::sampleProjectsIn( mProjects );
  QCOMPARE( projects.size(), 3 );
  QStringList titles;
  for ( const placegap::installed::SampleProject &project : projects )
  {
    titles << project.title;
    QVERIFY2( QFileInfo( project.path ).isFile() && project.path.startsWith( mProjects ), qPrintable( project.path ) );
    QVERIFY2( !project.summary.isEmpty() && project.summary.size() <= 150 && !project.summary.startsWith( QLatin1String( "Teaching session" ) ), qPrintable( project.summary ) );
    QVERIFY2( project.description.contains( project.summary.left( 40 ) ), qPrintable( project.title ) );
  }
  QCOMPARE( titles, QStringList( { "Deprivation and attainment across the Northern Alliance", "Rurality and islands in the Northern Alliance", "Travel to school and services in the Northern Alliance" } ) );
  // Anything else in the folder is not a project.
  QVERIFY( placegap::installed::sampleProjectsIn( mProjects + QStringLiteral( "/models" ) ).isEmpty() );
}

void TestSampleProjects::projects_data()
{
  QTest::addColumn<QString>( "file" );
  // The projects shipped in the source tree: each must be installed, and opens from there.
  const QStringList files = QDir( QStringLiteral( PLACEGAP_SOURCE_DIR "/sample-projects" ) ).entryList( { QStringLiteral( "*.qgs" ) }, QDir::Files, QDir::Name );
  QVERIFY( files.size() >= 3 );
  for ( const QString &file : files )
    QTest::newRow( qPrintable( file ) ) << file;
}

void TestSampleProjects::projects()
{
  QFETCH( QString, file );
  QgsProject project;
  QVERIFY2( project.read( mProjects + '/' + file ), qPrintable( file + QStringLiteral( ": " ) + project.error() ) );
  QVERIFY( !project.title().isEmpty() );
  QVERIFY( !project.metadata().abstract().isEmpty() );
  QVERIFY( project.metadata().abstract().contains( QStringLiteral( "Open Government Licence" ) ) );

  // Every layer opens, from the GeoPackage beside the project, in British National Grid.
  QList<QgsMapLayer *> layers;
  for ( QgsMapLayer *layer : project.layerTreeRoot()->layerOrder() )
  {
    QVERIFY2( layer->isValid(), qPrintable( file + ": " + layer->name() ) );
    QVERIFY2( layer->source().contains( QStringLiteral( "northern_alliance.gpkg" ) ), qPrintable( layer->source() ) );
    QCOMPARE( layer->crs().authid(), QStringLiteral( "EPSG:27700" ) );
    if ( project.layerTreeRoot()->findLayer( layer )->isVisible() )
      layers << layer;
  }
  QVERIFY( layers.size() >= 3 );

  // A bookmark for each of the eight councils, framing where its people live: every data zone's
  // point inside, and for Orkney and the Western Isles well under the council's bounding box,
  // which far skerries fill with sea.
  QCOMPARE( project.bookmarkManager()->bookmarks().size(), 8 );
  QMap<QString, QgsRectangle> frames;
  for ( const QgsBookmark &bookmark : project.bookmarkManager()->bookmarks() )
    frames.insert( bookmark.name(), bookmark.extent() );
  QgsVectorLayer zones( mGeoPackage + QStringLiteral( "|layername=data_zones" ), QStringLiteral( "zones" ), QStringLiteral( "ogr" ) );
  QgsFeature zone;
  QgsFeatureIterator zoneIt = zones.getFeatures();
  while ( zoneIt.nextFeature( zone ) )
    QVERIFY2( frames.value( zone.attribute( "council_name" ).toString() ).contains( zone.geometry().pointOnSurface().asPoint() ), qPrintable( zone.attribute( "dz_code" ).toString() ) );
  QgsVectorLayer councilLayer( mGeoPackage + QStringLiteral( "|layername=council_areas" ), QStringLiteral( "councils" ), QStringLiteral( "ogr" ) );
  QgsFeature council;
  QgsFeatureIterator councilIt = councilLayer.getFeatures();
  while ( councilIt.nextFeature( council ) )
  {
    const QString name = council.attribute( "council_name" ).toString();
    if ( name == QLatin1String( "Orkney Islands" ) || name == QLatin1String( "Na h-Eileanan Siar" ) )
      QVERIFY2( frames.value( name ).area() < 0.6 * council.geometry().boundingBox().area(), qPrintable( name ) );
  }

  // The map renders and is not blank: it shows more than a handful of colours.
  QgsMapSettings settings;
  settings.setLayers( layers );
  settings.setDestinationCrs( project.crs() );
  settings.setExtent( project.viewSettings()->defaultViewExtent() );
  settings.setOutputSize( QSize( 600, 600 ) );
  settings.setBackgroundColor( Qt::white );
  QgsMapRendererSequentialJob job( settings );
  job.start();
  job.waitForFinished();
  const QImage image = job.renderedImage();
  const QString png = QStringLiteral( PLACEGAP_BINARY_DIR "/" ) + QFileInfo( file ).completeBaseName() + QStringLiteral( ".png" );
  image.save( png );
  QSet<QRgb> colours;
  for ( int y = 0; y < image.height(); y += 4 )
  {
    for ( int x = 0; x < image.width(); x += 4 )
      colours.insert( image.pixel( x, y ) );
  }
  QVERIFY2( colours.size() > 8, qPrintable( QStringLiteral( "%1 renders %2 colours only (%3)" ).arg( file ).arg( colours.size() ).arg( png ) ) );

  // Every print layout exports to PDF.
  const QList<QgsPrintLayout *> layouts = project.layoutManager()->printLayouts();
  QVERIFY( !layouts.isEmpty() );
  for ( int i = 0; i < layouts.size(); ++i )
  {
    QgsPrintLayout *layout = layouts.at( i );
    // Tables in a layout show every row of their layer (the gap table: all schools and 8 councils).
    for ( QgsLayoutMultiFrame *multiFrame : layout->multiFrames() )
    {
      QgsLayoutItemAttributeTable *table = qobject_cast<QgsLayoutItemAttributeTable *>( multiFrame );
      if ( !table )
        continue;
      QVERIFY( table->vectorLayer() );
      QgsLayoutTableContents contents;
      QVERIFY( table->getTableContents( contents ) );
      QCOMPARE( static_cast<long long>( contents.size() ), table->vectorLayer()->featureCount() );
      for ( const QgsLayoutTableRow &row : std::as_const( contents ) )
      {
        for ( const QVariant &cell : row )
          QVERIFY2( !cell.toString().isEmpty(), qPrintable( layout->name() + ": an empty cell" ) );
      }
    }
    QgsLayoutExporter exporter( layout );
    const QString pdf = QStringLiteral( PLACEGAP_BINARY_DIR "/%1_layout%2.pdf" ).arg( QFileInfo( file ).completeBaseName() ).arg( i + 1 );
    QCOMPARE( exporter.exportToPdf( pdf, QgsLayoutExporter::PdfExportSettings() ), QgsLayoutExporter::Success );
    QVERIFY( QFileInfo( pdf ).size() > 10000 );
    // Every item lies on its page as drawn (a legend takes its size from its content when exported).
    for ( QGraphicsItem *graphicsItem : layout->items() )
    {
      QgsLayoutItem *item = dynamic_cast<QgsLayoutItem *>( graphicsItem );
      if ( !item || item->type() == QgsLayoutItemRegistry::LayoutPage || !item->isVisible() )
        continue;
      const int page = item->page();
      const QgsLayoutItemPage *pageItem = layout->pageCollection()->page( page );
      const QRectF pageRect( pageItem->pos(), pageItem->pageSize().toQSizeF() );
      const QRectF itemRect = item->sceneBoundingRect();
      // Half a millimetre of frame and rounding may stand out.
      QVERIFY2( pageRect.adjusted( -0.5, -0.5, 0.5, 0.5 ).contains( itemRect ), qPrintable( QStringLiteral( "%1, layout '%2': item '%3' (%4, %5 to %6, %7 mm) runs off its page (%8 x %9 mm)" ).arg( file, layout->name(), item->displayName() ).arg( itemRect.left() ).arg( itemRect.top() - pageRect.top() ).arg( itemRect.right() ).arg( itemRect.bottom() - pageRect.top() ).arg( pageRect.width() ).arg( pageRect.height() ) ) );
    }
  }
}

bool TestSampleProjects::runModel( const QString &modelFile, const QVariantMap &givenInputs, QString &error ) const
{
  // What the modeler's dialog passes for an input left as it opens: the model's own default.
  QgsProcessingModelAlgorithm model;
  if ( !model.fromFile( mProjects + QStringLiteral( "/models/" ) + modelFile ) )
  {
    error = modelFile + QStringLiteral( " cannot be read" );
    return false;
  }
  QVariantMap inputs = givenInputs;
  for ( const QgsProcessingParameterDefinition *definition : model.parameterDefinitions() )
  {
    if ( !inputs.contains( definition->name() ) && definition->defaultValue().isValid() )
      inputs.insert( definition->name(), definition->defaultValue() );
  }
  QProcess process;
  process.start( mRunner, { QStringLiteral( "run" ), mProjects + QStringLiteral( "/models/" ) + modelFile, QStringLiteral( "-" ) } );
  process.write( QJsonDocument( QJsonObject { { "inputs", QJsonObject::fromVariantMap( inputs ) } } ).toJson() );
  process.closeWriteChannel();
  if ( !process.waitForFinished( 300 * 1000 ) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 )
  {
    error = QStringLiteral( "%1 failed (exit %2): %3" ).arg( modelFile ).arg( process.exitCode() ).arg( QString::fromLocal8Bit( process.readAllStandardError() ) );
    return false;
  }
  return true;
}

// Each model runs with the runner, as a user would from the command line, on the built sample
// data with the modeler's own defaults for every field (only layers and outputs given); the
// council model's classes equal the builder's own.
void TestSampleProjects::modelsRunOnSampleData()
{
  const QString zones = mGeoPackage + QStringLiteral( "|layername=data_zones" );
  const QString output = mDir.filePath( QStringLiteral( "model.gpkg" ) );
  QString error;
  QVERIFY2( runModel( QStringLiteral( "council_deprivation_quintiles.model3" ), { { "INPUT", zones }, { "deprivationquantiles:QUANTILES", output } }, error ), qPrintable( error ) );
  QgsVectorLayer result( output, QStringLiteral( "result" ), QStringLiteral( "ogr" ) );
  QVERIFY( result.isValid() );
  QCOMPARE( result.featureCount(), 1281LL );

  // The same model from the toolbox's PlaceGap workflows group, by its id.
  QProcess byId;
  const QString outputById = mDir.filePath( QStringLiteral( "model_by_id.gpkg" ) );
  byId.start( mRunner, { QStringLiteral( "run" ), QStringLiteral( "placegap:councildeprivationquintiles" ), QStringLiteral( "--INPUT=" ) + zones, QStringLiteral( "--RANK_FIELD=simd_rank" ), QStringLiteral( "--POPULATION_FIELD=population" ), QStringLiteral( "--GROUP_FIELD=council_code" ), QStringLiteral( "--deprivationquantiles:QUANTILES=" ) + outputById } );
  QVERIFY( byId.waitForFinished( 120 * 1000 ) );
  QVERIFY2( byId.exitCode() == 0, byId.readAllStandardError().right( 2000 ).constData() );
  QCOMPARE( QgsVectorLayer( outputById, QStringLiteral( "by id" ), QStringLiteral( "ogr" ) ).featureCount(), 1281LL );
  QgsFeature f;
  QgsFeatureIterator it = result.getFeatures();
  while ( it.nextFeature( f ) )
  {
    QCOMPARE( f.attribute( "quintile" ).toInt(), f.attribute( "council_quintile" ).toInt() );
    QCOMPARE( f.attribute( "decile" ).toInt(), f.attribute( "council_decile" ).toInt() );
  }
}

// Primary schools only, bivariate classes for each, and a gap summary for all and each council.
void TestSampleProjects::attainmentModelRunsOnSampleData()
{
  const QString gpkg = mGeoPackage;
  QgsVectorLayer schools( gpkg + QStringLiteral( "|layername=schools" ), QStringLiteral( "schools" ), QStringLiteral( "ogr" ) );
  schools.setSubsetString( QStringLiteral( "school_type = 'Primary'" ) );
  const long long primaries = schools.featureCount();
  QVERIFY( primaries > 500 );

  const QString bivariate = mDir.filePath( QStringLiteral( "bivariate.gpkg" ) );
  const QString summary = mDir.filePath( QStringLiteral( "summary.gpkg" ) );
  QString error;
  QVERIFY2( runModel( QStringLiteral( "primary_attainment_by_deprivation.model3" ), { { "SCHOOLS", gpkg + QStringLiteral( "|layername=schools" ) }, { "overlay:BIVARIATE", bivariate }, { "gap:GAP_BY_QUINTILE", mDir.filePath( QStringLiteral( "byquintile.gpkg" ) ) }, { "gap:GAP_SUMMARY", summary } }, error ), qPrintable( error ) );

  QgsVectorLayer classes( bivariate, QStringLiteral( "bivariate" ), QStringLiteral( "ogr" ) );
  QCOMPARE( classes.featureCount(), primaries );
  QgsFeature f;
  QgsFeatureIterator it = classes.getFeatures();
  int classified = 0;
  while ( it.nextFeature( f ) )
  {
    QCOMPARE( f.attribute( "school_type" ).toString(), QStringLiteral( "Primary" ) );
    if ( !f.attribute( "bivar_class" ).isNull() )
      ++classified;
  }
  QVERIFY( classified > primaries / 2 );

  // One summary row for the whole area and one for each of the eight councils.
  QgsVectorLayer gaps( summary, QStringLiteral( "summary" ), QStringLiteral( "ogr" ) );
  QCOMPARE( gaps.featureCount(), 9LL );
}

// The travel-to-school walkthrough script runs on the OSM extract the network tests use, and its
// three outputs agree with each other and with geometry.
void TestSampleProjects::travelWalkthroughRuns()
{
  const QString osm = mProjects + QStringLiteral( "/data/sources/osm-monaco/monaco.osm.pbf" );
  QVERIFY( QFileInfo::exists( osm ) );
  const QString out = mDir.filePath( QStringLiteral( "walkthrough" ) );
  QProcess script;
  script.start( QStringLiteral( "/bin/sh" ), { mProjects + QStringLiteral( "/walkthrough/travel_to_school.sh" ), osm, out, mRunner } );
  QVERIFY( script.waitForFinished( 600 * 1000 ) );
  QVERIFY2( script.exitStatus() == QProcess::NormalExit && script.exitCode() == 0, script.readAllStandardError().right( 2000 ).constData() );

  // Every building has a row; where a school is reached, the path is no shorter than the straight
  // line from the building's point on surface to the school.
  QgsVectorLayer buildings( osm + QStringLiteral( "|layername=multipolygons|subset=building IS NOT NULL" ), QStringLiteral( "buildings" ), QStringLiteral( "ogr" ) );
  QgsVectorLayer schools( osm + QStringLiteral( "|layername=points|subset=other_tags LIKE '%\"amenity\"=>\"school\"%'" ), QStringLiteral( "schools" ), QStringLiteral( "ogr" ) );
  QgsVectorLayer nearest( out + QStringLiteral( "/nearest_school.gpkg" ), QStringLiteral( "nearest" ), QStringLiteral( "ogr" ) );
  QVERIFY( buildings.isValid() && schools.isValid() && nearest.isValid() );
  // The OSM driver does not know its counts before reading: count by reading.
  auto counted = []( QgsVectorLayer &layer )
  {
    long long count = 0;
    QgsFeature feature;
    QgsFeatureIterator features = layer.getFeatures( QgsFeatureRequest().setFlags( QgsFeatureRequest::NoGeometry ).setNoAttributes() );
    while ( features.nextFeature( feature ) )
      ++count;
    return count;
  };
  QCOMPARE( nearest.featureCount(), counted( buildings ) );
  QCOMPARE( counted( schools ), 10LL );
  const QgsCoordinateTransform toUtm( schools.crs(), QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:32632" ) ), QgsProject::instance()->transformContext() );
  QMap<QString, QgsPointXY> schoolAt;
  QgsFeature f;
  QgsFeatureIterator it = schools.getFeatures();
  while ( it.nextFeature( f ) )
    schoolAt.insert( f.attribute( QStringLiteral( "name" ) ).toString(), toUtm.transform( f.geometry().asPoint() ) );
  QMap<QString, double> nearestMinutes; // osm_way_id or osm_id -> minutes
  int reached = 0;
  it = nearest.getFeatures();
  while ( it.nextFeature( f ) )
  {
    const QString key = f.attribute( QStringLiteral( "osm_id" ) ).toString() + '/' + f.attribute( QStringLiteral( "osm_way_id" ) ).toString();
    if ( f.attribute( QStringLiteral( "minutes" ) ).isNull() )
    {
      QVERIFY( f.attribute( QStringLiteral( "service_id" ) ).isNull() );
      nearestMinutes.insert( key, -1 );
      continue;
    }
    ++reached;
    nearestMinutes.insert( key, f.attribute( QStringLiteral( "minutes" ) ).toDouble() );
    const QString school = f.attribute( QStringLiteral( "service_id" ) ).toString();
    QVERIFY2( schoolAt.contains( school ), qPrintable( school ) );
    QgsGeometry origin = f.geometry().pointOnSurface();
    origin.transform( toUtm );
    const double straight = origin.asPoint().distance( schoolAt.value( school ) );
    QVERIFY2( f.attribute( QStringLiteral( "km" ) ).toDouble() * 1000.0 >= straight - 1.0, qPrintable( QStringLiteral( "%1: %2 km by road, %3 m straight" ).arg( key ).arg( f.attribute( QStringLiteral( "km" ) ).toDouble() ).arg( straight ) ) );
  }
  // Most of the buildings reach a school; those on road pieces cut off by the extract's edge do not.
  QVERIFY2( reached > 0.9 * nearest.featureCount(), qPrintable( QString::number( reached ) ) );

  // Schools in reach agree with the nearest school's minutes: one or more within 2 minutes exactly
  // when the nearest is within 2; and the 4-minute count includes the 2-minute one.
  QgsVectorLayer coverage( out + QStringLiteral( "/schools_in_reach.gpkg" ), QStringLiteral( "coverage" ), QStringLiteral( "ogr" ) );
  QCOMPARE( coverage.featureCount(), nearest.featureCount() );
  it = coverage.getFeatures();
  while ( it.nextFeature( f ) )
  {
    const QString key = f.attribute( QStringLiteral( "osm_id" ) ).toString() + '/' + f.attribute( QStringLiteral( "osm_way_id" ) ).toString();
    const double minutes = nearestMinutes.value( key, -2 );
    QVERIFY( minutes > -2 );
    if ( minutes < 0 )
      continue;
    QCOMPARE( f.attribute( QStringLiteral( "within_2" ) ).toInt() >= 1, minutes <= 2.0 );
    QVERIFY( f.attribute( QStringLiteral( "within_4" ) ).toInt() >= f.attribute( QStringLiteral( "within_2" ) ).toInt() );
    QCOMPARE( f.attribute( QStringLiteral( "nearest_min" ) ).toDouble(), minutes );
  }

  for ( const auto &output : QList<QPair<QString, QString>> { { QStringLiteral( "placegap:nearestservice" ), QStringLiteral( "nearest_school" ) }, { QStringLiteral( "placegap:servicecoverage" ), QStringLiteral( "schools_in_reach" ) }, { QStringLiteral( "placegap:serviceareas" ), QStringLiteral( "school_areas" ) } } )
  {
    const QString problem = placegaptest::provenanceProblem( output.first, QVariantMap(), { { QStringLiteral( "OUTPUT" ), out + '/' + output.second + QStringLiteral( ".gpkg" ) } } );
    QVERIFY2( problem.isEmpty(), qPrintable( problem ) );
  }

  // Service areas: three bands per school, each holding the narrower one.
  QgsVectorLayer areas( out + QStringLiteral( "/school_areas.gpkg" ), QStringLiteral( "areas" ), QStringLiteral( "ogr" ) );
  QCOMPARE( areas.featureCount(), 30LL );
  QMap<QString, QMap<double, QgsGeometry>> bands;
  it = areas.getFeatures();
  while ( it.nextFeature( f ) )
    bands[f.attribute( QStringLiteral( "service_id" ) ).toString()].insert( f.attribute( QStringLiteral( "minutes" ) ).toDouble(), f.geometry() );
  QCOMPARE( bands.size(), 10 );
  for ( auto school = bands.constBegin(); school != bands.constEnd(); ++school )
  {
    QCOMPARE( school.value().keys(), QList<double>( { 1.0, 2.0, 3.0 } ) );
    const QgsGeometry one = school.value().value( 1.0 );
    const QgsGeometry two = school.value().value( 2.0 );
    const QgsGeometry three = school.value().value( 3.0 );
    QVERIFY( one.isGeosValid() && two.isGeosValid() && three.isGeosValid() );
    QVERIFY2( one.area() <= two.area() && two.area() <= three.area(), qPrintable( school.key() ) );
    QVERIFY2( one.difference( two ).area() < 1.0, qPrintable( school.key() ) );
    QVERIFY2( two.difference( three ).area() < 1.0, qPrintable( school.key() ) );
  }
}

/*
 * The main job's reading gap per council, as tests/deprivation/reference/censored_gap_reference.py
 * computes it from the job's primary_schools.gpkg by other means (the model fitted by Nelder-Mead on
 * the likelihood, not EM; the SII by area-level least squares; the RII bounds by bisection, not
 * Dinkelbach): gap, SII, RII, then the smallest and largest gap, SII and RII. NaN = no estimate
 * (a quintile whose every figure is suppressed or banded).
 */
namespace
{
  struct ReferenceGap
  {
      const char *code;
      double gap, sii, rii, gapMin, gapMax, siiMin, siiMax, riiMin, riiMax;
  };
  const double NO_ESTIMATE = std::numeric_limits<double>::quiet_NaN();
  const ReferenceGap REFERENCE_GAPS[] {
      { "", 10.826135, 13.191221, 0.17599415, 7.775791, 14.735211, 3.288392, 23.777557, 0.04532976, 0.32315696 },
      { "S12000013", NO_ESTIMATE, NO_ESTIMATE, NO_ESTIMATE, -26.704437, 80.858588, -42.605646, 83.414355, -0.55186671, 1.29356333 },
      { "S12000017", 13.024805, 16.186798, 0.22665309, 9.450116, 16.272793, 2.656851, 29.290250, 0.04008168, 0.43406988 },
      { "S12000020", 13.583639, 5.232460, 0.07046142, 13.583639, 13.583639, 4.157995, 5.768841, 0.05682572, 0.07706528 },
      { "S12000023", 13.410747, NO_ESTIMATE, NO_ESTIMATE, -11.237508, 38.231840, -13.773129, 60.644087, -0.17381242, 0.84375627 },
      { "S12000027", NO_ESTIMATE, NO_ESTIMATE, NO_ESTIMATE, -20.903828, 82.035871, -6.205206, 74.372814, -0.07714226, 1.15092781 },
      { "S12000033", 15.261733, 22.176332, 0.28891017, 15.261733, 15.261733, 22.176332, 22.176332, 0.28891017, 0.28891017 },
      { "S12000034", 6.878721, 7.073229, 0.09319515, 4.669436, 8.780866, -3.212841, 14.819853, -0.04372255, 0.19715558 },
      { "S12000035", 10.435967, 13.167221, 0.17833638, 7.023502, 17.906894, -7.092645, 34.836842, -0.10139282, 0.49540432 },
  };
} // namespace

// The main job (README.md's first command runs it) from the installed script and runner: a table
// row per council and one for the whole area, whose zone counts are those of the sample data,
// whose gap bounds are worked out here from the schools the job classed (roll-weighted mean of
// quintile 5 at the low ends of its intervals minus quintile 1 at the high ends, and the other way),
// and whose estimates agree with the independent reference above.
void TestSampleProjects::mainJobRuns()
{
  const QString out = mDir.filePath( QStringLiteral( "main-job" ) );
  QProcess script;
  script.start( QStringLiteral( "/bin/sh" ), { mProjects + QStringLiteral( "/main-job/northern_alliance_gap.sh" ), mGeoPackage, out, mRunner } );
  QVERIFY( script.waitForFinished( 600 * 1000 ) );
  const QString printed = QString::fromUtf8( script.readAllStandardOutput() );
  QVERIFY2( script.exitStatus() == QProcess::NormalExit && script.exitCode() == 0, script.readAllStandardError().right( 3000 ).constData() );

  // Zones per council in the sample data, and the independent gap bounds per council, by council code.
  QMap<QString, int> zones;
  QMap<QString, QString> names;
  QgsVectorLayer dataZones( mGeoPackage + QStringLiteral( "|layername=data_zones" ), QStringLiteral( "zones" ), QStringLiteral( "ogr" ) );
  QgsFeature f;
  QgsFeatureIterator it = dataZones.getFeatures();
  while ( it.nextFeature( f ) )
  {
    ++zones[f.attribute( QStringLiteral( "council_code" ) ).toString()];
    names[f.attribute( QStringLiteral( "council_code" ) ).toString()] = f.attribute( QStringLiteral( "council_name" ) ).toString();
  }
  QCOMPARE( zones.size(), 8 );
  struct Sums
  {
      double low = 0, high = 0, roll = 0;
  };
  QMap<QString, QMap<int, Sums>> sums; // council code -> quintile -> roll x low end, roll x high end, roll
  QMap<QString, int> hidden;
  QgsVectorLayer schools( out + QStringLiteral( "/primary_schools.gpkg" ), QStringLiteral( "schools" ), QStringLiteral( "ogr" ) );
  QVERIFY( schools.isValid() );
  it = schools.getFeatures();
  while ( it.nextFeature( f ) )
  {
    const QVariant low = f.attribute( QStringLiteral( "acel_p_reading_lo" ) );
    const QVariant high = f.attribute( QStringLiteral( "acel_p_reading_hi" ) );
    const QVariant quintile = f.attribute( QStringLiteral( "council_quintile" ) );
    const double roll = f.attribute( QStringLiteral( "pupil_roll" ) ).toDouble();
    if ( low.isNull() || quintile.isNull() || roll <= 0 )
      continue;
    const QString council = f.attribute( QStringLiteral( "council_code" ) ).toString();
    Sums &sum = sums[council][quintile.toInt()];
    sum.low += roll * low.toDouble();
    sum.high += roll * high.toDouble();
    sum.roll += roll;
    hidden[council] += low.toDouble() < high.toDouble() ? 1 : 0;
  }

  QMap<QString, QgsFeature> gaps;
  QgsVectorLayer gapLayer( out + QStringLiteral( "/reading_gap.gpkg" ), QStringLiteral( "gap" ), QStringLiteral( "ogr" ) );
  it = gapLayer.getFeatures();
  while ( it.nextFeature( f ) )
    gaps.insert( f.attribute( QStringLiteral( "group" ) ).toString(), f );
  QCOMPARE( gaps.size(), 9 );
  for ( const ReferenceGap &reference : REFERENCE_GAPS )
  {
    const QgsFeature row = gaps.value( reference.code );
    const QList<QPair<const char *, double>> figures { { "gap", reference.gap }, { "sii", reference.sii }, { "rii", reference.rii }, { "gap_min", reference.gapMin }, { "gap_max", reference.gapMax }, { "sii_min", reference.siiMin }, { "sii_max", reference.siiMax }, { "rii_min", reference.riiMin }, { "rii_max", reference.riiMax } };
    for ( const auto &[field, expected] : figures )
    {
      const QVariant value = row.attribute( QString::fromLatin1( field ) );
      if ( std::isnan( expected ) )
        QVERIFY2( value.isNull(), qPrintable( QStringLiteral( "%1 %2: %3, expected NULL" ).arg( reference.code, field, value.toString() ) ) );
      else
        QVERIFY2( !value.isNull() && std::fabs( value.toDouble() - expected ) <= 1e-4 * std::max( 1.0, std::fabs( expected ) ), qPrintable( QStringLiteral( "%1 %2: %3, reference %4" ).arg( reference.code, field, value.toString() ).arg( expected ) ) );
    }
    // Where both extreme quintiles have published values, the 95 % interval holds the estimate.
    if ( !std::isnan( reference.sii ) )
      QVERIFY( row.attribute( "sii_lo" ).toDouble() <= reference.sii && reference.sii <= row.attribute( "sii_hi" ).toDouble() );
  }

  QStringList lines = printed.split( '\n' );
  for ( auto council = zones.constBegin(); council != zones.constEnd(); ++council )
  {
    const QString name = names.value( council.key() );
    const QStringList row = lines.filter( QRegularExpression( QStringLiteral( "^%1\\s{2,}" ).arg( QRegularExpression::escape( name ) ) ) );
    QVERIFY2( row.size() == 1, qPrintable( name + QStringLiteral( " has no row in:\n" ) + printed ) );
    const QStringList cells = row.first().mid( name.size() ).simplified().split( ' ' );
    // data zones, schools, hidden, gap, gap min, "to", gap max, ...
    QCOMPARE( cells.at( 0 ).toInt(), council.value() );
    QCOMPARE( cells.at( 2 ).toInt(), hidden.value( council.key() ) );
    const QgsFeature summary = gaps.value( council.key() );
    QCOMPARE( cells.at( 1 ).toInt(), summary.attribute( "n_areas" ).toInt() );
    QCOMPARE( cells.at( 3 ), summary.attribute( "gap" ).isNull() ? QStringLiteral( "-" ) : QString::number( summary.attribute( "gap" ).toDouble(), 'f', 1 ) );
    const QMap<int, Sums> &byQuintile = sums.value( council.key() );
    QVERIFY( byQuintile.contains( 1 ) && byQuintile.contains( 5 ) );
    const Sums q1 = byQuintile.value( 1 ), q5 = byQuintile.value( 5 );
    const double gapMin = q5.low / q5.roll - q1.high / q1.roll;
    const double gapMax = q5.high / q5.roll - q1.low / q1.roll;
    QVERIFY2( std::fabs( cells.at( 4 ).toDouble() - gapMin ) <= 0.05 + 1e-9 && std::fabs( cells.at( 6 ).toDouble() - gapMax ) <= 0.05 + 1e-9, qPrintable( QStringLiteral( "%1: printed gap range %2 to %3, worked out %4 to %5" ).arg( name, cells.at( 4 ), cells.at( 6 ) ).arg( gapMin ).arg( gapMax ) ) );
  }
  QVERIFY2( !lines.filter( QRegularExpression( QStringLiteral( "^Northern Alliance \\(all\\)\\s+1281\\s" ) ) ).isEmpty(), qPrintable( printed ) );
  // The urban-rural table: schools and those left unclassed per class, counted from the overlay's own output.
  QMap<int, QPair<int, int>> byClass; // ur8 -> schools, not classed
  QgsVectorLayer bivariate( out + QStringLiteral( "/primary_bivariate.gpkg" ), QStringLiteral( "bivariate" ), QStringLiteral( "ogr" ) );
  it = bivariate.getFeatures();
  while ( it.nextFeature( f ) )
  {
    QPair<int, int> &counts = byClass[f.attribute( QStringLiteral( "ur8" ) ).toInt()];
    ++counts.first;
    counts.second += f.attribute( QStringLiteral( "bivar_code" ) ).isNull() ? 1 : 0;
  }
  QCOMPARE( byClass.size(), 8 );
  for ( auto cls = byClass.constBegin(); cls != byClass.constEnd(); ++cls )
  {
    const QStringList row = lines.filter( QRegularExpression( QStringLiteral( "^%1 [A-Za-z ]+\\s+%2\\s+%3\\s" ).arg( cls.key() ).arg( cls.value().first ).arg( cls.value().second ) ) );
    QVERIFY2( row.size() == 1, qPrintable( QStringLiteral( "urban-rural class %1: %2 schools, %3 not classed; printed:\n%4" ).arg( cls.key() ).arg( cls.value().first ).arg( cls.value().second ).arg( printed ) ) );
  }

  for ( const QString &file : { "council_quintiles", "primary_schools", "primary_bivariate", "primary_by_urban_rural", "reading_by_quintile", "reading_gap" } )
    QVERIFY2( printed.contains( QStringLiteral( "%1.gpkg" ).arg( file ) ) && QFileInfo::exists( out + '/' + file + QStringLiteral( ".gpkg" ) ), qPrintable( file ) );

  // Each PlaceGap output, and each layer of the installed sample data, says what made it.
  const QList<QPair<QString, QString>> made {
      { QStringLiteral( "placegap:deprivationquantiles" ), out + QStringLiteral( "/council_quintiles.gpkg" ) },
      { QStringLiteral( "placegap:deprivationattainmentoverlay" ), out + QStringLiteral( "/primary_bivariate.gpkg" ) },
      { QStringLiteral( "placegap:attainmentgap" ), out + QStringLiteral( "/reading_by_quintile.gpkg" ) },
      { QStringLiteral( "placegap:attainmentgap" ), out + QStringLiteral( "/reading_gap.gpkg" ) },
      { QStringLiteral( "placegap:buildsampledata" ), mGeoPackage + QStringLiteral( "|layername=data_zones" ) },
      { QStringLiteral( "placegap:buildsampledata" ), mGeoPackage + QStringLiteral( "|layername=schools" ) },
  };
  for ( const auto &output : made )
  {
    const QString problem = placegaptest::provenanceProblem( output.first, QVariantMap(), { { QStringLiteral( "OUTPUT" ), output.second } } );
    QVERIFY2( problem.isEmpty(), qPrintable( problem ) );
  }
  QgsVectorLayer gap( out + QStringLiteral( "/reading_gap.gpkg" ), QStringLiteral( "gap" ), QStringLiteral( "ogr" ) );
  QVERIFY2( gap.metadata().history().contains( QStringLiteral( "ATTAINMENT_LOWER_FIELD = 'acel_p_reading_lo'" ) ), qPrintable( gap.metadata().history().join( '\n' ) ) );
  QVERIFY2( gap.metadata().abstract().contains( QStringLiteral( "primary_schools.gpkg" ) ), qPrintable( gap.metadata().abstract() ) );
}

QTEST_MAIN( TestSampleProjects )
#include "testsampleprojects.moc"
