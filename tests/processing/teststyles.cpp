/***************************************************************************
  teststyles.cpp - every bundled style loads, and outputs get theirs on load
 ***************************************************************************/
#include "placegaptestutils.h"

#include "qgscategorizedsymbolrenderer.h"
#include "qgsprocessingalgorithm.h"
#include "qgsprocessingcontext.h"
#include "qgsproject.h"
#include "qgsvectorlayer.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

namespace
{
  //! Each bundled style, the field its renderer classifies and the classes it must draw.
  struct StyleExpectation
  {
    QString field;
    int classes;
  };
  const QMap<QString, StyleExpectation> STYLES {
    { "deprivation_quintile.qml", { "quintile", 5 } },
    { "deprivation_decile.qml", { "decile", 10 } },
    { "simd_quintile.qml", { "simd_quintile", 5 } },
    { "simd_decile.qml", { "simd_decile", 10 } },
  };
} // namespace

class TestStyles : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase() { placegaptest::startQgis(); }
    void cleanupTestCase() { QgsApplication::exitQgis(); }
    void everyStyleLoadsOntoItsFields();
    void quantilesOutputIsStyledOnLoad();
};

void TestStyles::everyStyleLoadsOntoItsFields()
{
  const QDir styles( QStringLiteral( PLACEGAP_SOURCE_DIR "/styles" ) );
  const QStringList files = styles.entryList( { QStringLiteral( "*.qml" ) }, QDir::Files, QDir::Name );
  QVERIFY( !files.isEmpty() );
  for ( const QString &file : files )
  {
    QVERIFY2( STYLES.contains( file ), qPrintable( file + " has no expectation in this test" ) );
    const StyleExpectation expected = STYLES.value( file );
    QgsVectorLayer layer( QStringLiteral( "Polygon?crs=EPSG:27700&field=%1:integer" ).arg( expected.field ), QStringLiteral( "l" ), QStringLiteral( "memory" ) );
    bool ok = false;
    const QString message = layer.loadNamedStyle( styles.filePath( file ), ok );
    QVERIFY2( ok, qPrintable( file + ": " + message ) );
    const QgsCategorizedSymbolRenderer *renderer = dynamic_cast<const QgsCategorizedSymbolRenderer *>( layer.renderer() );
    QVERIFY2( renderer, qPrintable( file ) );
    QCOMPARE( renderer->classAttribute(), expected.field );
    QSet<int> values;
    for ( const QgsRendererCategory &category : renderer->categories() )
    {
      // The catch-all category for NULL classes is stored with an empty value.
      if ( !category.value().toString().isEmpty() )
        values << category.value().toInt();
    }
    QCOMPARE( values.size(), expected.classes );
    QVERIFY2( values.contains( 1 ) && values.contains( expected.classes ), qPrintable( file ) );
    // Class 1, the most deprived, is named as such in the legend.
    for ( const QgsRendererCategory &category : renderer->categories() )
    {
      if ( category.value().toInt() == 1 )
        QVERIFY2( category.label().contains( QStringLiteral( "most deprived" ) ), qPrintable( file ) );
    }
  }
}

void TestStyles::quantilesOutputIsStyledOnLoad()
{
  QgsProject project;
  auto input = std::make_unique<QgsVectorLayer>( QStringLiteral( "Polygon?crs=EPSG:27700&field=rank:integer" ), QStringLiteral( "areas" ), QStringLiteral( "memory" ) );
  QgsFeatureList features;
  for ( int rank = 1; rank <= 5; ++rank )
  {
    QgsFeature f( input->fields() );
    f.setAttributes( QgsAttributes() << rank );
    f.setGeometry( QgsGeometry::fromRect( QgsRectangle( rank * 100, 0, rank * 100 + 100, 100 ) ) );
    features << f;
  }
  input->dataProvider()->addFeatures( features );
  project.addMapLayer( input.get(), false, false );

  QTemporaryDir dir;
  const QString output = dir.filePath( QStringLiteral( "styled.gpkg" ) );
  QgsProcessingContext context;
  context.setProject( &project );
  context.addLayerToLoadOnCompletion( output, QgsProcessingContext::LayerDetails( QStringLiteral( "styled" ), &project, QStringLiteral( "OUTPUT" ) ) );
  placegaptest::CapturingFeedback feedback;
  std::unique_ptr<QgsProcessingAlgorithm> algorithm( QgsApplication::processingRegistry()->createAlgorithmById( QStringLiteral( "placegap:deprivationquantiles" ) ) );
  bool ok = false;
  algorithm->run( { { "INPUT", input->id() }, { "RANK_FIELD", "rank" }, { "RANK_COUNT", 5 }, { "FIELD_PREFIX", "nat_" }, { "OUTPUT", output } }, context, &feedback, &ok );
  QVERIFY( ok );
  QgsProcessingLayerPostProcessorInterface *postProcessor = context.layerToLoadOnCompletionDetails( output ).postProcessor();
  QVERIFY( postProcessor );

  QgsVectorLayer loaded( output, QStringLiteral( "styled" ), QStringLiteral( "ogr" ) );
  QVERIFY( loaded.isValid() );
  postProcessor->postProcessLayer( &loaded, context, &feedback );
  const QgsCategorizedSymbolRenderer *renderer = dynamic_cast<const QgsCategorizedSymbolRenderer *>( loaded.renderer() );
  QVERIFY2( renderer, qPrintable( feedback.warnings.join( '\n' ) ) );
  QCOMPARE( renderer->classAttribute(), QStringLiteral( "nat_quintile" ) );
  project.removeAllMapLayers();
  input.release();
}

QTEST_MAIN( TestStyles )
#include "teststyles.moc"
