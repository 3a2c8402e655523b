/***************************************************************************
  testsampleprojects.cpp - the teaching projects and models on the built sample data
 ***************************************************************************/
#include "placegaptestutils.h"

#include "qgsbookmarkmanager.h"
#include "qgslayertree.h"
#include "qgslayout.h"
#include "qgsnativealgorithms.h"
#include "qgslayoutexporter.h"
#include "qgslayoutmanager.h"
#include "qgsmaprenderersequentialjob.h"
#include "qgsmapsettings.h"
#include "qgsprintlayout.h"
#include "qgsprocessingcontext.h"
#include "qgslayoutitemattributetable.h"
#include "qgslayoutframe.h"
#include "qgsproject.h"
#include "qgsprojectviewsettings.h"
#include "qgsvectorlayer.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

class TestSampleProjects : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void cleanupTestCase() { QgsApplication::exitQgis(); }
    void projects_data();
    void projects();
    void modelsRunOnSampleData();
    void attainmentModelRunsOnSampleData();

  private:
    //! Runs a bundled model with placegap_process, inputs as JSON on stdin; false with the error text.
    static bool runModel( const QString &modelFile, const QVariantMap &inputs, QString &error );

    QTemporaryDir mDir;
};

void TestSampleProjects::initTestCase()
{
  placegaptest::startQgis();
  // The projects open northern_alliance.gpkg beside them: build it there, copy the projects in.
  std::unique_ptr<QgsProcessingAlgorithm> builder( QgsApplication::processingRegistry()->createAlgorithmById( QStringLiteral( "placegap:buildsampledata" ) ) );
  QgsProcessingContext context;
  QgsProcessingFeedback feedback;
  bool ok = false;
  builder->run( { { "SOURCE_FOLDER", QStringLiteral( PLACEGAP_SHARED_DATA_DIR ) }, { "OUTPUT", mDir.filePath( "northern_alliance.gpkg" ) } }, context, &feedback, &ok );
  QVERIFY( ok );
  const QDir projects( QStringLiteral( PLACEGAP_SOURCE_DIR "/sample-projects" ) );
  for ( const QString &file : projects.entryList( { QStringLiteral( "*.qgs" ) }, QDir::Files ) )
    QVERIFY( QFile::copy( projects.filePath( file ), mDir.filePath( file ) ) );
}

void TestSampleProjects::projects_data()
{
  QTest::addColumn<QString>( "file" );
  const QStringList files = QDir( QStringLiteral( PLACEGAP_SOURCE_DIR "/sample-projects" ) ).entryList( { QStringLiteral( "*.qgs" ) }, QDir::Files, QDir::Name );
  QVERIFY( files.size() >= 3 );
  for ( const QString &file : files )
    QTest::newRow( qPrintable( file ) ) << file;
}

void TestSampleProjects::projects()
{
  QFETCH( QString, file );
  QgsProject project;
  QVERIFY2( project.read( mDir.filePath( file ) ), qPrintable( project.error() ) );
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

  // A bookmark for each of the eight councils.
  QCOMPARE( project.bookmarkManager()->bookmarks().size(), 8 );

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
  }
}

bool TestSampleProjects::runModel( const QString &modelFile, const QVariantMap &inputs, QString &error )
{
  QProcess process;
  process.start( QStringLiteral( PLACEGAP_PROCESS_BINARY ), { QStringLiteral( "run" ), QStringLiteral( PLACEGAP_SOURCE_DIR "/sample-projects/models/" ) + modelFile, QStringLiteral( "-" ) } );
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
// data; the council model's classes equal the builder's own.
void TestSampleProjects::modelsRunOnSampleData()
{
  const QString zones = mDir.filePath( QStringLiteral( "northern_alliance.gpkg" ) ) + QStringLiteral( "|layername=data_zones" );
  const QString output = mDir.filePath( QStringLiteral( "model.gpkg" ) );
  QString error;
  QVERIFY2( runModel( QStringLiteral( "council_deprivation_quintiles.model3" ), { { "INPUT", zones }, { "RANK_FIELD", "simd_rank" }, { "POPULATION_FIELD", "population" }, { "GROUP_FIELD", "council_code" }, { "deprivationquantiles:QUANTILES", output } }, error ), qPrintable( error ) );
  QgsVectorLayer result( output, QStringLiteral( "result" ), QStringLiteral( "ogr" ) );
  QVERIFY( result.isValid() );
  QCOMPARE( result.featureCount(), 1281LL );
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
  const QString gpkg = mDir.filePath( QStringLiteral( "northern_alliance.gpkg" ) );
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

QTEST_MAIN( TestSampleProjects )
#include "testsampleprojects.moc"
