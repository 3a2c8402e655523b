/***************************************************************************
  teststyles.cpp - every bundled style loads, and outputs get theirs on load
 ***************************************************************************/
#include "placegaptestutils.h"

#include "qgscategorizedsymbolrenderer.h"
#include "qgscolorramp.h"
#include "qgscolorrampshader.h"
#include "qgsfillsymbol.h"
#include "qgsgraduatedsymbolrenderer.h"
#include "qgslegendsymbolitem.h"
#include "qgslinesymbol.h"
#include "qgsmapsettings.h"
#include "qgsmarkersymbol.h"
#include "qgspalettedrasterrenderer.h"
#include "qgsprocessingalgorithm.h"
#include "qgsprocessingcontext.h"
#include "qgsproject.h"
#include "qgsrasterlayer.h"
#include "qgsrastershader.h"
#include "qgsrendercontext.h"
#include "qgsrulebasedrenderer.h"
#include "qgssinglebandpseudocolorrenderer.h"
#include "qgsstyle.h"
#include "qgsvectorlayer.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <gdal.h>

namespace
{
  //! Each bundled style: the geometry it draws, the field its renderer classifies, that field's
  //! type, the classes it must draw (categories or ranges, the NULL catch-all aside) and words the
  //! first class's legend label must hold.
  struct StyleExpectation
  {
      QString geometry;
      QString field;
      QString fieldType;
      int classes;
      QString firstLabel;
  };
  const QMap<QString, StyleExpectation> STYLES {
      { "deprivation_quintile.qml", { "Polygon", "quintile", "integer", 5, "most deprived" } },
      { "deprivation_decile.qml", { "Polygon", "decile", "integer", 10, "most deprived" } },
      { "simd_quintile.qml", { "Polygon", "simd_quintile", "integer", 5, "most deprived" } },
      { "simd_decile.qml", { "Polygon", "simd_decile", "integer", 10, "most deprived" } },
      { "bivariate_2x2.qml", { "Polygon", "bivar_code", "string", 4, "more deprived / low attainment" } },
      { "bivariate_3x3.qml", { "Polygon", "bivar_code", "string", 9, "most deprived / low attainment" } },
      { "bivariate_4x4.qml", { "Polygon", "bivar_code", "string", 16, "most deprived / low attainment" } },
      { "bivariate_5x5.qml", { "Polygon", "bivar_code", "string", 25, "most deprived / lowest attainment" } },
      { "bivariate_2x2_points.qml", { "Point", "bivar_code", "string", 4, "more deprived / low attainment" } },
      { "bivariate_3x3_points.qml", { "Point", "bivar_code", "string", 9, "most deprived / low attainment" } },
      { "bivariate_4x4_points.qml", { "Point", "bivar_code", "string", 16, "most deprived / low attainment" } },
      { "bivariate_5x5_points.qml", { "Point", "bivar_code", "string", 25, "most deprived / lowest attainment" } },
      { "island_flag.qml", { "Polygon", "on_island", "integer", 2, "Mainland" } },
      { "island_flag_points.qml", { "Point", "on_island", "integer", 2, "Mainland" } },
      { "service_counts.qml", { "Polygon", "within", "double", 6, "none in reach" } },
      { "service_counts_points.qml", { "Point", "within", "double", 6, "none in reach" } },
      { "access_scores.qml", { "Polygon", "access", "double", 5, "quintile 1" } },
      { "access_scores_points.qml", { "Point", "access", "double", 5, "quintile 1" } },
      { "supply_ratios.qml", { "Polygon", "ratio", "double", 5, "quintile 1" } },
      { "supply_ratios_points.qml", { "Point", "ratio", "double", 5, "quintile 1" } },
      { "lisa_clusters.qml", { "Polygon", "cluster", "integer", 6, "High-High" } },
      { "lisa_clusters_points.qml", { "Point", "cluster", "integer", 6, "High-High" } },
      { "residual_flag.qml", { "Polygon", "flag", "string", 4, "below expectation" } },
      { "residual_flag_points.qml", { "Point", "flag", "string", 4, "below expectation" } },
      { "travel_time_polygons.qml", { "Polygon", "minutes", "double", 6, "0 - 5 min" } },
      { "travel_time_points.qml", { "Point", "minutes", "double", 6, "0 - 5 min" } },
      { "travel_time_lines.qml", { "LineString", "minutes", "double", 6, "0 - 5 min" } },
      { "service_areas.qml", { "Polygon", "minutes", "double", 6, "0 - 5 min" } },
      { "catchment_share_q1.qml", { "Polygon", "pct_q1", "double", 5, "under 10% in quintile 1" } },
      { "urban_rural_2.qml", { "Polygon", "ur2", "integer", 2, "Urban Areas" } },
      { "urban_rural_3.qml", { "Polygon", "ur3", "integer", 3, "Rest of Scotland" } },
      { "urban_rural_6.qml", { "Polygon", "ur6", "integer", 6, "Large Urban Areas" } },
      { "urban_rural_8.qml", { "Polygon", "ur8", "integer", 8, "Large Urban Areas" } },
      { "degurba_areas.qml", { "Polygon", "degurba", "integer", 3, "Cities" } },
  };

  //! Raster styles: the paletted classes they must draw, in legend order (value and label).
  const QMap<QString, QList<QPair<int, QString>>> RASTER_STYLES {
      { "degurba_grid.qml", { { 30, "30 Urban centre" }, { 23, "23 Dense urban cluster" }, { 22, "22 Semi-dense urban cluster" }, { 21, "21 Suburban or peri-urban" }, { 13, "13 Rural cluster" }, { 12, "12 Low density rural" }, { 11, "11 Very low density rural" } } },
  };

  //! A one-band Byte GeoTIFF of 1 km cells in EPSG:27700 holding the values, one row.
  void writeByteRaster( const QString &path, const std::vector<GByte> &values )
  {
    GDALAllRegister();
    GDALDatasetH dataset = GDALCreate( GDALGetDriverByName( "GTiff" ), path.toUtf8().constData(), static_cast<int>( values.size() ), 1, 1, GDT_Byte, nullptr );
    double gt[6] = { 300000, 1000, 0, 800000, 0, -1000 };
    GDALSetGeoTransform( dataset, gt );
    GDALSetProjection( dataset, QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:27700" ) ).toWkt().toUtf8().constData() );
    std::vector<GByte> copy = values;
    if ( GDALRasterIO( GDALGetRasterBand( dataset, 1 ), GF_Write, 0, 0, static_cast<int>( values.size() ), 1, copy.data(), static_cast<int>( values.size() ), 1, GDT_Byte, 0, 0 ) != CE_None )
      qWarning( "could not write %s", qPrintable( path ) );
    GDALClose( dataset );
  }

  //! The field a categorized or graduated renderer classifies, empty for other renderers.
  QString classField( const QgsFeatureRenderer *renderer )
  {
    if ( const QgsCategorizedSymbolRenderer *categorized = dynamic_cast<const QgsCategorizedSymbolRenderer *>( renderer ) )
      return categorized->classAttribute();
    if ( const QgsGraduatedSymbolRenderer *graduated = dynamic_cast<const QgsGraduatedSymbolRenderer *>( renderer ) )
      return graduated->classAttribute();
    // Bands as rules: the field the first rule tests.
    if ( QgsRuleBasedRenderer *rules = const_cast<QgsRuleBasedRenderer *>( dynamic_cast<const QgsRuleBasedRenderer *>( renderer ) ) )
    {
      const QRegularExpressionMatch match = QRegularExpression( QStringLiteral( "\"([^\"]+)\"" ) ).match( rules->rootRule()->children().value( 0 )->filterExpression() );
      return match.captured( 1 );
    }
    return QString();
  }

  //! The rules of a banded style other than its ELSE rule for features with no value.
  QList<QgsRuleBasedRenderer::Rule *> bandRules( const QgsRuleBasedRenderer *renderer )
  {
    QList<QgsRuleBasedRenderer::Rule *> bands;
    // rootRule() is not const in QGIS's API; the rules are only read here.
    for ( QgsRuleBasedRenderer::Rule *rule : const_cast<QgsRuleBasedRenderer *>( renderer )->rootRule()->children() )
    {
      if ( !rule->isElse() )
        bands << rule;
    }
    return bands;
  }

  //! Legend labels of the classes in order, leaving out the catch-all category for NULLs.
  QStringList classLabels( const QgsFeatureRenderer *renderer )
  {
    QStringList labels;
    if ( const QgsCategorizedSymbolRenderer *categorized = dynamic_cast<const QgsCategorizedSymbolRenderer *>( renderer ) )
    {
      for ( const QgsRendererCategory &category : categorized->categories() )
      {
        // The catch-all category for NULL classes is stored with an empty value.
        if ( !category.value().toString().isEmpty() )
          labels << category.label();
      }
    }
    else if ( const QgsGraduatedSymbolRenderer *graduated = dynamic_cast<const QgsGraduatedSymbolRenderer *>( renderer ) )
    {
      for ( const QgsRendererRange &range : graduated->ranges() )
        labels << range.label();
    }
    else if ( const QgsRuleBasedRenderer *rules = dynamic_cast<const QgsRuleBasedRenderer *>( renderer ) )
    {
      for ( QgsRuleBasedRenderer::Rule *rule : bandRules( rules ) )
        labels << rule->label();
    }
    return labels;
  }

  //! Whether the symbol draws the geometry ("Polygon", "Point" or "LineString").
  bool symbolFits( const QgsSymbol *symbol, const QString &geometry )
  {
    if ( geometry == QLatin1String( "Polygon" ) )
      return dynamic_cast<const QgsFillSymbol *>( symbol );
    if ( geometry == QLatin1String( "Point" ) )
      return dynamic_cast<const QgsMarkerSymbol *>( symbol );
    return dynamic_cast<const QgsLineSymbol *>( symbol );
  }

  QString square( double x, double y, double size = 1000 )
  {
    return QStringLiteral( "Polygon((%1 %2, %3 %2, %3 %4, %1 %4, %1 %2))" ).arg( x ).arg( y ).arg( x + size ).arg( y + size );
  }
} // namespace

class TestStyles : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void cleanupTestCase() { QgsApplication::exitQgis(); }
    void init();
    void cleanup();
    void everyStyleLoadsOntoItsFields();
    void quantilesOutputIsStyledOnLoad();
    void overlayStyleFollowsClasses_data();
    void overlayStyleFollowsClasses();
    void residualsStyleFollowsGeometry_data();
    void residualsStyleFollowsGeometry();
    void lisaOutputIsStyledOnLoad();
    void catchmentProfileOutputIsStyledOnLoad();
    void nearestServiceStyleFollowsGeometry_data();
    void nearestServiceStyleFollowsGeometry();
    void serviceCoverageOutputIsStyledOnLoad();
    void serviceAreasOutputIsStyledOnLoad();
    void floatingCatchmentClassesComeFromTheData();
    void islandFlagOutputIsStyledOnLoad();
    void styleLibraryImports();
    void rasterStylesLoad();
    void minutesRasterStyleLoads();
    void degreeOfUrbanisationOutputsAreStyledOnLoad();

  private:
    /**
     * Runs the algorithm with OUTPUT to be loaded on completion, loads the output and applies
     * the post-processor as QGIS would. Returns the loaded layer, or nullptr with \a error set.
     */
    std::unique_ptr<QgsVectorLayer> styledOutput( const QString &algorithmId, QVariantMap parameters, QString &error );
    QgsVectorLayer *addLayer( QgsVectorLayer *layer );
    QVariantMap networkParameters();

    QgsProject mProject;
    std::unique_ptr<QTemporaryDir> mDir;
    QTemporaryDir mCacheDir;
    placegaptest::CapturingFeedback mFeedback;
};

void TestStyles::initTestCase()
{
  qputenv( "PLACEGAP_GRAPH_CACHE", mCacheDir.filePath( "graphcache.sqlite" ).toLocal8Bit() );
  placegaptest::startQgis();
}

void TestStyles::init()
{
  mDir = std::make_unique<QTemporaryDir>();
  mFeedback.warnings.clear();
  mFeedback.errors.clear();
}

void TestStyles::cleanup()
{
  mProject.removeAllMapLayers();
}

QgsVectorLayer *TestStyles::addLayer( QgsVectorLayer *layer )
{
  mProject.addMapLayer( layer, false, true );
  return layer;
}

std::unique_ptr<QgsVectorLayer> TestStyles::styledOutput( const QString &algorithmId, QVariantMap parameters, QString &error )
{
  const QString output = mDir->filePath( algorithmId.section( ':', 1 ) + QStringLiteral( ".gpkg" ) );
  parameters.insert( QStringLiteral( "OUTPUT" ), output );
  QgsProcessingContext context;
  context.setProject( &mProject );
  context.addLayerToLoadOnCompletion( output, QgsProcessingContext::LayerDetails( QStringLiteral( "styled" ), &mProject, QStringLiteral( "OUTPUT" ) ) );
  std::unique_ptr<QgsProcessingAlgorithm> algorithm( QgsApplication::processingRegistry()->createAlgorithmById( algorithmId ) );
  bool ok = false;
  QVariantMap results;
  try
  {
    results = algorithm->run( parameters, context, &mFeedback, &ok );
  }
  catch ( QgsProcessingException &e )
  {
    error = e.what();
    return nullptr;
  }
  if ( !ok || !results.contains( QStringLiteral( "OUTPUT" ) ) )
  {
    error = QStringLiteral( "%1 failed: %2" ).arg( algorithmId, ( mFeedback.errors + mFeedback.warnings ).join( '\n' ) );
    return nullptr;
  }
  QgsProcessingLayerPostProcessorInterface *postProcessor = context.layerToLoadOnCompletionDetails( output ).postProcessor();
  if ( !postProcessor )
  {
    error = algorithmId + QStringLiteral( " attached no style" );
    return nullptr;
  }
  auto loaded = std::make_unique<QgsVectorLayer>( output, QStringLiteral( "styled" ), QStringLiteral( "ogr" ) );
  if ( !loaded->isValid() )
  {
    error = output + QStringLiteral( " is not a valid layer" );
    return nullptr;
  }
  // Only the styling's own warnings count here; the algorithm's are the concern of its own tests.
  mFeedback.warnings.clear();
  postProcessor->postProcessLayer( loaded.get(), context, &mFeedback );
  if ( !mFeedback.warnings.isEmpty() )
  {
    error = mFeedback.warnings.join( '\n' );
    return nullptr;
  }
  return loaded;
}

QVariantMap TestStyles::networkParameters()
{
  // One straight road at 36 km/h = 10 m/s, 0 to 6000 m.
  QgsVectorLayer *network = addLayer( placegaptest::memoryLayer( QStringLiteral( "LineString?field=speed:double" ), { { QStringLiteral( "LineString(0 0, 6000 0)" ), QgsAttributes() << 36.0 } } ) );
  return QVariantMap {
      { "INPUT", network->id() },
      { "STRATEGY", 1 },
      { "SPEED_FIELD", "speed" },
      { "DEFAULT_SPEED", 36 },
  };
}

void TestStyles::everyStyleLoadsOntoItsFields()
{
  const QDir styles( QStringLiteral( PLACEGAP_SOURCE_DIR "/styles" ) );
  const QStringList files = styles.entryList( { QStringLiteral( "*.qml" ) }, QDir::Files, QDir::Name );
  QVERIFY( !files.isEmpty() );
  for ( const QString &file : files )
  {
    if ( RASTER_STYLES.contains( file ) || file == QLatin1String( "travel_time_grid.qml" ) )
      continue; // rasterStylesLoad, minutesRasterStyleLoads
    QVERIFY2( STYLES.contains( file ), qPrintable( file + " has no expectation in this test" ) );
    const StyleExpectation expected = STYLES.value( file );
    QgsVectorLayer layer( QStringLiteral( "%1?crs=EPSG:27700&field=%2:%3" ).arg( expected.geometry, expected.field, expected.fieldType ), QStringLiteral( "l" ), QStringLiteral( "memory" ) );
    bool ok = false;
    const QString message = layer.loadNamedStyle( styles.filePath( file ), ok );
    QVERIFY2( ok, qPrintable( file + ": " + message ) );
    QCOMPARE( classField( layer.renderer() ), expected.field );
    const QStringList labels = classLabels( layer.renderer() );
    QVERIFY2( labels.size() == expected.classes, qPrintable( QStringLiteral( "%1: %2 classes" ).arg( file ).arg( labels.size() ) ) );
    QVERIFY2( labels.first().contains( expected.firstLabel ), qPrintable( file + ": " + labels.first() ) );
    // Every class can be told apart in the legend.
    QCOMPARE( QSet<QString>( labels.begin(), labels.end() ).size(), labels.size() );
    // The symbols match the geometry: a fill style on a point layer draws nothing.
    QgsRenderContext renderContext;
    for ( const QgsSymbol *symbol : layer.renderer()->symbols( renderContext ) )
      QVERIFY2( symbolFits( symbol, expected.geometry ), qPrintable( file ) );
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

void TestStyles::overlayStyleFollowsClasses_data()
{
  QTest::addColumn<int>( "classes" );
  QTest::addColumn<QString>( "geometry" );
  for ( int classes = 2; classes <= 5; ++classes )
  {
    QTest::newRow( qPrintable( QStringLiteral( "%1x%1 areas" ).arg( classes ) ) ) << classes << "Polygon";
    QTest::newRow( qPrintable( QStringLiteral( "%1x%1 schools" ).arg( classes ) ) ) << classes << "Point";
  }
}

void TestStyles::overlayStyleFollowsClasses()
{
  QFETCH( int, classes );
  QFETCH( QString, geometry );
  // Ten zones (or schools): rank i and attainment 10 i, so every class on both axes is used.
  QList<QPair<QString, QgsAttributes>> zones;
  QList<QPair<QString, QgsAttributes>> attainment;
  for ( int i = 1; i <= 10; ++i )
  {
    zones << qMakePair( geometry == QLatin1String( "Point" ) ? QStringLiteral( "Point(%1 0)" ).arg( 1000 * i ) : square( 1000 * i, 0 ), QgsAttributes() << QStringLiteral( "Z%1" ).arg( i ) << i );
    attainment << qMakePair( QString(), QgsAttributes() << QStringLiteral( "Z%1" ).arg( i ) << 10.0 * i );
  }
  QgsVectorLayer *zoneLayer = addLayer( placegaptest::memoryLayer( geometry + QStringLiteral( "?field=dz:string&field=rank:integer" ), zones ) );
  QgsVectorLayer *attainmentLayer = addLayer( placegaptest::memoryLayer( QStringLiteral( "None?field=code:string&field=pct:double" ), attainment ) );
  QString error;
  const std::unique_ptr<QgsVectorLayer> styled = styledOutput( QStringLiteral( "placegap:deprivationattainmentoverlay" ), { { "INPUT", zoneLayer->id() }, { "CODE_FIELD", "dz" }, { "DEPRIVATION_FIELD", "rank" }, { "DEPRIVATION_ORDER", 0 }, { "ATTAINMENT", attainmentLayer->id() }, { "ATTAINMENT_CODE_FIELD", "code" }, { "ATTAINMENT_FIELD", "pct" }, { "CLASSES", classes }, { "DEPRIVATION_BREAKS", 0 } }, error );
  QVERIFY2( styled, qPrintable( error ) );
  QCOMPARE( classField( styled->renderer() ), QStringLiteral( "bivar_code" ) );
  QCOMPARE( classLabels( styled->renderer() ).size(), classes * classes );
  QgsRenderContext renderContext;
  for ( const QgsSymbol *symbol : styled->renderer()->symbols( renderContext ) )
    QVERIFY( symbolFits( symbol, geometry ) );
  // The style's keys are the codes the algorithm writes.
  QgsCategorizedSymbolRenderer *renderer = dynamic_cast<QgsCategorizedSymbolRenderer *>( styled->renderer() );
  QgsFeature feature;
  QgsFeatureIterator it = styled->getFeatures();
  while ( it.nextFeature( feature ) )
    QVERIFY2( renderer->categoryIndexForValue( feature.attribute( QStringLiteral( "bivar_code" ) ) ) >= 0, qPrintable( feature.attribute( QStringLiteral( "bivar_code" ) ).toString() ) );
  // An area or school with no class says why, and looks like no class: not a grey fill a reader
  // takes for the mid/mid class, but a hatch or a cross in a colour far from every class's.
  const QgsCategoryList categories = renderer->categories();
  const auto noClass = std::find_if( categories.begin(), categories.end(), []( const QgsRendererCategory &category )
                                     { return category.value().toString().isEmpty(); } );
  QVERIFY( noClass != categories.end() );
  const QgsRendererCategory none = *noClass;
  QVERIFY2( none.label().contains( QLatin1String( "not published" ) ) && none.label().contains( QLatin1String( "suppressed" ) ), qPrintable( none.label() ) );
  const QgsSymbolLayer *noClassLayer = none.symbol()->symbolLayer( 0 );
  const QVariantMap properties = noClassLayer->properties();
  QVERIFY2( properties.value( QStringLiteral( "style" ) ).toString() == QLatin1String( "b_diagonal" ) || properties.value( QStringLiteral( "name" ) ).toString() == QLatin1String( "cross2" ), qPrintable( none.label() ) );
  for ( const QgsRendererCategory &category : renderer->categories() )
  {
    if ( category.value().toString().isEmpty() )
      continue;
    const QColor a = category.symbol()->color(), b = none.symbol()->color();
    const int distance = std::abs( a.red() - b.red() ) + std::abs( a.green() - b.green() ) + std::abs( a.blue() - b.blue() );
    QVERIFY2( distance > 60, qPrintable( category.label() ) );
  }
}

void TestStyles::residualsStyleFollowsGeometry_data()
{
  QTest::addColumn<QString>( "geometry" );
  QTest::addColumn<QString>( "symbolGeometry" );
  QTest::newRow( "areas" ) << "Polygon"
                           << "Polygon";
  QTest::newRow( "schools" ) << "Point"
                             << "Point";
}

void TestStyles::residualsStyleFollowsGeometry()
{
  QFETCH( QString, geometry );
  QFETCH( QString, symbolGeometry );
  QList<QPair<QString, QgsAttributes>> rows;
  const QList<double> pct { 90, 70, 85, 40, 60, 20, 55, 30 };
  for ( int i = 0; i < pct.size(); ++i )
    rows << qMakePair( geometry == QLatin1String( "Point" ) ? QStringLiteral( "Point(%1 0)" ).arg( 1000 * i ) : square( 1000 * i, 0 ), QgsAttributes() << pct[i] << double( i ) );
  QgsVectorLayer *input = addLayer( placegaptest::memoryLayer( geometry + QStringLiteral( "?field=pct:double&field=score:double" ), rows ) );
  QString error;
  const std::unique_ptr<QgsVectorLayer> styled = styledOutput( QStringLiteral( "placegap:attainmentresiduals" ), { { "INPUT", input->id() }, { "ATTAINMENT_FIELD", "pct" }, { "DEPRIVATION_FIELD", "score" }, { "THRESHOLD", 1.0 } }, error );
  QVERIFY2( styled, qPrintable( error ) );
  QCOMPARE( classField( styled->renderer() ), QStringLiteral( "flag" ) );
  QgsRenderContext renderContext;
  for ( const QgsSymbol *symbol : styled->renderer()->symbols( renderContext ) )
    QVERIFY( symbolFits( symbol, symbolGeometry ) );
  // Every flag the algorithm writes has its own class.
  QSet<QString> flags;
  for ( const QgsRendererCategory &category : dynamic_cast<const QgsCategorizedSymbolRenderer *>( styled->renderer() )->categories() )
    flags << category.value().toString();
  for ( const QString &flag : { "above expectation", "below expectation", "as expected", "not known" } )
    QVERIFY2( flags.contains( flag ), qPrintable( flag ) );
}

void TestStyles::lisaOutputIsStyledOnLoad()
{
  // A 4 x 4 lattice of 1 km squares; deprivation and attainment both rise to the east.
  QList<QPair<QString, QgsAttributes>> cells;
  for ( int i = 0; i < 16; ++i )
    cells << qMakePair( square( 1000 * ( i % 4 ), 1000 * ( i / 4 ) ), QgsAttributes() << double( i % 4 + i / 8 ) << double( i % 4 ) );
  QgsVectorLayer *lattice = addLayer( placegaptest::memoryLayer( QStringLiteral( "Polygon?field=simd:double&field=acel:double" ), cells ) );
  QString error;
  const std::unique_ptr<QgsVectorLayer> styled = styledOutput( QStringLiteral( "placegap:bivariatelisa" ), { { "INPUT", lattice->id() }, { "DEPRIVATION_FIELD", "simd" }, { "ATTAINMENT_FIELD", "acel" }, { "WEIGHTS", 1 }, { "PERMUTATIONS", 99 }, { "SEED", 7 }, { "THREADS", 1 } }, error );
  QVERIFY2( styled, qPrintable( error ) );
  QCOMPARE( classField( styled->renderer() ), QStringLiteral( "cluster" ) );
  QCOMPARE( classLabels( styled->renderer() ), QStringList( { "High-High", "Low-Low", "Low-High", "High-Low", "Not significant", "No neighbours" } ) );
  // The style's labels are the algorithm's own: cluster and cluster_lbl agree on every area.
  QgsCategorizedSymbolRenderer *renderer = dynamic_cast<QgsCategorizedSymbolRenderer *>( styled->renderer() );
  QgsFeature feature;
  QgsFeatureIterator it = styled->getFeatures();
  while ( it.nextFeature( feature ) )
  {
    const int index = renderer->categoryIndexForValue( feature.attribute( QStringLiteral( "cluster" ) ) );
    QVERIFY( index >= 0 );
    QCOMPARE( renderer->categories().at( index ).label(), feature.attribute( QStringLiteral( "cluster_lbl" ) ).toString() );
  }
}

void TestStyles::catchmentProfileOutputIsStyledOnLoad()
{
  QgsVectorLayer *zones = addLayer( placegaptest::memoryLayer( QStringLiteral( "Polygon?field=rank:double&field=pop:double" ), { { square( 0, 0 ), QgsAttributes() << 1.0 << 100.0 }, { square( 1000, 0 ), QgsAttributes() << 20.0 << 300.0 } } ) );
  QgsVectorLayer *catchments = addLayer( placegaptest::memoryLayer( QStringLiteral( "Polygon?field=school:string" ), { { square( 0, 0, 2000 ), QgsAttributes() << QStringLiteral( "A" ) } } ) );
  QString error;
  const std::unique_ptr<QgsVectorLayer> styled = styledOutput( QStringLiteral( "placegap:catchmentprofile" ), { { "INPUT", zones->id() }, { "RANK_FIELD", "rank" }, { "RANK_COUNT", 20 }, { "POPULATION_FIELD", "pop" }, { "CATCHMENTS", catchments->id() }, { "APPORTIONMENT", 0 } }, error );
  QVERIFY2( styled, qPrintable( error ) );
  QCOMPARE( classField( styled->renderer() ), QStringLiteral( "pct_q1" ) );
  // 25 % of the people live in quintile 1: the 20 - 40 % class.
  QgsFeature feature;
  QVERIFY( styled->getFeatures().nextFeature( feature ) );
  QgsRenderContext renderContext;
  styled->renderer()->startRender( renderContext, styled->fields() );
  QCOMPARE( styled->renderer()->legendKeysForFeature( feature, renderContext ).size(), 1 );
  QCOMPARE( dynamic_cast<const QgsGraduatedSymbolRenderer *>( styled->renderer() )->rangeForValue( feature.attribute( QStringLiteral( "pct_q1" ) ).toDouble() )->label(), QStringLiteral( "20 - 40%" ) );
  styled->renderer()->stopRender( renderContext );
}

void TestStyles::nearestServiceStyleFollowsGeometry_data()
{
  QTest::addColumn<bool>( "routes" );
  QTest::addColumn<QString>( "symbolGeometry" );
  QTest::newRow( "origins" ) << false << "Point";
  QTest::newRow( "routes" ) << true << "LineString";
}

void TestStyles::nearestServiceStyleFollowsGeometry()
{
  QFETCH( bool, routes );
  QFETCH( QString, symbolGeometry );
  QVariantMap parameters = networkParameters();
  QgsVectorLayer *origins = addLayer( placegaptest::memoryLayer( QStringLiteral( "Point?field=code:string" ), { { QStringLiteral( "Point(0 0)" ), QgsAttributes() << QStringLiteral( "O" ) } } ) );
  QgsVectorLayer *services = addLayer( placegaptest::memoryLayer( QStringLiteral( "Point?field=code:string" ), { { QStringLiteral( "Point(6000 0)" ), QgsAttributes() << QStringLiteral( "S" ) } } ) );
  parameters.insert( "ORIGINS", origins->id() );
  parameters.insert( "SERVICES", services->id() );
  parameters.insert( "SERVICE_ID_FIELD", "code" );
  parameters.insert( "ROUTES", routes );
  QString error;
  const std::unique_ptr<QgsVectorLayer> styled = styledOutput( QStringLiteral( "placegap:nearestservice" ), parameters, error );
  QVERIFY2( styled, qPrintable( error ) );
  QCOMPARE( classField( styled->renderer() ), QStringLiteral( "minutes" ) );
  QgsRenderContext renderContext;
  for ( const QgsSymbol *symbol : styled->renderer()->symbols( renderContext ) )
    QVERIFY( symbolFits( symbol, symbolGeometry ) );
  // 6 km at 10 m/s = 10 min: the 5 - 10 min band (a band holds its upper end, as graduated ones do).
  QgsFeature feature;
  QVERIFY( styled->getFeatures().nextFeature( feature ) );
  QgsRenderContext context = QgsRenderContext::fromMapSettings( QgsMapSettings() );
  context.expressionContext().setFields( styled->fields() );
  styled->renderer()->startRender( context, styled->fields() );
  context.expressionContext().setFeature( feature );
  const QSet<QString> band = styled->renderer()->legendKeysForFeature( feature, context );
  // With no route the origin is drawn in a class of its own, not left off the map.
  QgsFeature unreachable = feature;
  unreachable.setAttribute( QStringLiteral( "minutes" ), QVariant() );
  context.expressionContext().setFeature( unreachable );
  const QSet<QString> noRoute = styled->renderer()->legendKeysForFeature( unreachable, context );
  const QgsSymbolList noRouteSymbols = styled->renderer()->symbolsForFeature( unreachable, context );
  styled->renderer()->stopRender( context );
  QgsLegendSymbolList legend = styled->renderer()->legendSymbolItems();
  QMap<QString, QString> labelOfKey;
  for ( const QgsLegendSymbolItem &item : legend )
    labelOfKey.insert( item.ruleKey(), item.label() );
  // The legend classes a feature falls in (a rule-based renderer also names its root rule).
  const auto classesOf = [&labelOfKey]( const QSet<QString> &keys )
  {
    QStringList labels;
    for ( const QString &key : keys )
    {
      if ( !labelOfKey.value( key ).isEmpty() )
        labels << labelOfKey.value( key );
    }
    return labels;
  };
  QCOMPARE( classesOf( band ), QStringList { QStringLiteral( "5 - 10 min" ) } );
  QCOMPARE( classesOf( noRoute ), QStringList { QStringLiteral( "not reachable (no route)" ) } );
  QCOMPARE( noRouteSymbols.size(), 1 );
}

void TestStyles::serviceCoverageOutputIsStyledOnLoad()
{
  QVariantMap parameters = networkParameters();
  QgsVectorLayer *origins = addLayer( placegaptest::memoryLayer( QStringLiteral( "Polygon?field=code:string" ), { { square( -500, -500 ), QgsAttributes() << QStringLiteral( "O" ) } } ) );
  QgsVectorLayer *services = addLayer( placegaptest::memoryLayer( QStringLiteral( "Point?field=code:string" ), { { QStringLiteral( "Point(6000 0)" ), QgsAttributes() << QStringLiteral( "S" ) } } ) );
  parameters.insert( "ORIGINS", origins->id() );
  parameters.insert( "SERVICES", services->id() );
  parameters.insert( "THRESHOLDS", "15,30" );
  QString error;
  const std::unique_ptr<QgsVectorLayer> styled = styledOutput( QStringLiteral( "placegap:servicecoverage" ), parameters, error );
  QVERIFY2( styled, qPrintable( error ) );
  // The count bands, pointed at the first threshold's count.
  QCOMPARE( classField( styled->renderer() ), QStringLiteral( "within_15" ) );
  QCOMPARE( classLabels( styled->renderer() ).size(), 6 );
  // The service is 6 km at 10 m/s = 10 min away: one in reach.
  QgsFeature feature;
  QVERIFY( styled->getFeatures().nextFeature( feature ) );
  QCOMPARE( feature.attribute( QStringLiteral( "within_15" ) ).toDouble(), 1.0 );
  QCOMPARE( dynamic_cast<const QgsGraduatedSymbolRenderer *>( styled->renderer() )->rangeForValue( 1.0 )->label(), QStringLiteral( "1" ) );
  QCOMPARE( dynamic_cast<const QgsGraduatedSymbolRenderer *>( styled->renderer() )->rangeForValue( 0.0 )->label(), QStringLiteral( "none in reach" ) );
}

void TestStyles::floatingCatchmentClassesComeFromTheData()
{
  // Ten demand points along the road, 600 m apart, 100 people each; one GP practice of capacity
  // 5 at the east end; a 5-minute catchment (3 km at 10 m/s) reaches the five eastern points.
  QVariantMap parameters = networkParameters();
  QList<QPair<QString, QgsAttributes>> demand;
  for ( int i = 0; i < 10; ++i )
    demand << qMakePair( QStringLiteral( "Point(%1 0)" ).arg( 600 * i + 300 ), QgsAttributes() << QStringLiteral( "D%1" ).arg( i ) << 100.0 );
  QgsVectorLayer *demandLayer = addLayer( placegaptest::memoryLayer( QStringLiteral( "Point?field=code:string&field=pop:double" ), demand ) );
  QgsVectorLayer *supply = addLayer( placegaptest::memoryLayer( QStringLiteral( "Point?field=code:string&field=gps:double" ), { { QStringLiteral( "Point(6000 0)" ), QgsAttributes() << QStringLiteral( "S" ) << 5.0 } } ) );
  parameters.insert( "DEMAND", demandLayer->id() );
  parameters.insert( "POPULATION_FIELD", "pop" );
  parameters.insert( "SUPPLY", supply->id() );
  parameters.insert( "CAPACITY_FIELD", "gps" );
  parameters.insert( "METHOD", 0 );
  parameters.insert( "CATCHMENT_MINUTES", 5.0 );
  QString error;
  const std::unique_ptr<QgsVectorLayer> styled = styledOutput( QStringLiteral( "placegap:floatingcatchment" ), parameters, error );
  QVERIFY2( styled, qPrintable( error ) );
  QCOMPARE( classField( styled->renderer() ), QStringLiteral( "access" ) );
  const QgsGraduatedSymbolRenderer *renderer = dynamic_cast<const QgsGraduatedSymbolRenderer *>( styled->renderer() );
  QVERIFY( renderer );
  // 5 GPs / 500 people in reach x 1000 = 10 per 1000 for the five eastern points, 0 for the rest:
  // the classes span the data (0 to 10), not the style's placeholder 0 to 1.
  double low = std::numeric_limits<double>::max();
  double high = std::numeric_limits<double>::lowest();
  QgsFeature feature;
  QgsFeatureIterator it = styled->getFeatures();
  while ( it.nextFeature( feature ) )
  {
    const double access = feature.attribute( QStringLiteral( "access" ) ).toDouble();
    QVERIFY2( qgsDoubleNear( access, 0.0 ) || qgsDoubleNear( access, 10.0 ), qPrintable( QString::number( access ) ) );
    low = std::min( low, access );
    high = std::max( high, access );
    QVERIFY( renderer->rangeForValue( access ) );
  }
  QCOMPARE( low, 0.0 );
  QCOMPARE( high, 10.0 );
  QVERIFY( !renderer->ranges().isEmpty() );
  QCOMPARE( renderer->ranges().first().lowerValue(), 0.0 );
  QCOMPARE( renderer->ranges().last().upperValue(), 10.0 );
  // Coloured from the style's ramp, light (little access) to dark.
  QVERIFY( renderer->ranges().first().symbol()->color().lightness() > renderer->ranges().last().symbol()->color().lightness() );
}

void TestStyles::islandFlagOutputIsStyledOnLoad()
{
  // A long mainland road and a short island road with no ferry between them.
  QgsVectorLayer *network = addLayer( placegaptest::memoryLayer( QStringLiteral( "LineString?field=speed:double" ), { { QStringLiteral( "LineString(0 0, 6000 0)" ), QgsAttributes() << 36.0 }, { QStringLiteral( "LineString(0 5000, 1000 5000)" ), QgsAttributes() << 36.0 } } ) );
  QgsVectorLayer *features = addLayer( placegaptest::memoryLayer( QStringLiteral( "Point?field=code:string" ), { { QStringLiteral( "Point(100 0)" ), QgsAttributes() << QStringLiteral( "M" ) }, { QStringLiteral( "Point(100 5000)" ), QgsAttributes() << QStringLiteral( "I" ) } } ) );
  QString error;
  const std::unique_ptr<QgsVectorLayer> styled = styledOutput( QStringLiteral( "placegap:islandflag" ), { { "INPUT", network->id() }, { "STRATEGY", 1 }, { "SPEED_FIELD", "speed" }, { "DEFAULT_SPEED", 36 }, { "FEATURES", features->id() } }, error );
  QVERIFY2( styled, qPrintable( error ) );
  QCOMPARE( classField( styled->renderer() ), QStringLiteral( "on_island" ) );
  QgsCategorizedSymbolRenderer *renderer = dynamic_cast<QgsCategorizedSymbolRenderer *>( styled->renderer() );
  QVERIFY( renderer );
  QgsRenderContext renderContext;
  for ( const QgsSymbol *symbol : renderer->symbols( renderContext ) )
    QVERIFY( symbolFits( symbol, QStringLiteral( "Point" ) ) );
  QgsFeature feature;
  QgsFeatureIterator it = styled->getFeatures();
  while ( it.nextFeature( feature ) )
  {
    const int index = renderer->categoryIndexForValue( feature.attribute( QStringLiteral( "on_island" ) ) );
    QVERIFY( index >= 0 );
    QCOMPARE( renderer->categories().at( index ).label(), feature.attribute( QStringLiteral( "code" ) ).toString() == QLatin1String( "I" ) ? QStringLiteral( "Island" ) : QStringLiteral( "Mainland" ) );
  }
}

void TestStyles::serviceAreasOutputIsStyledOnLoad()
{
  QVariantMap parameters = networkParameters();
  QgsVectorLayer *services = addLayer( placegaptest::memoryLayer( QStringLiteral( "Point?field=code:string" ), { { QStringLiteral( "Point(3000 0)" ), QgsAttributes() << QStringLiteral( "S" ) } } ) );
  parameters.insert( "SERVICES", services->id() );
  parameters.insert( "SERVICE_ID_FIELD", "code" );
  parameters.insert( "BANDS", "2, 4" );
  parameters.insert( "BUFFER", 50 );
  QString error;
  const std::unique_ptr<QgsVectorLayer> styled = styledOutput( QStringLiteral( "placegap:serviceareas" ), parameters, error );
  QVERIFY2( styled, qPrintable( error ) );
  QCOMPARE( classField( styled->renderer() ), QStringLiteral( "minutes" ) );
  // Semi-transparent, with the nearer bands drawn over the wider ones.
  QgsRenderContext renderContext;
  for ( const QgsSymbol *symbol : styled->renderer()->symbols( renderContext ) )
    QVERIFY( symbol->opacity() < 1.0 );
  QVERIFY( styled->renderer()->orderByEnabled() );
}

void TestStyles::styleLibraryImports()
{
  QgsStyle style;
  QVERIFY( style.createMemoryDatabase() );
  QVERIFY2( style.importXml( QStringLiteral( PLACEGAP_SOURCE_DIR "/styles/placegap-style-library.xml" ) ), qPrintable( style.errorString() ) );
  QStringList ramps = style.colorRampNames();
  ramps.sort();
  QCOMPARE( ramps, QStringList( { "PlaceGap LISA clusters", "PlaceGap bivariate 3x3", "PlaceGap deprivation deciles", "PlaceGap deprivation quintiles", "PlaceGap residual flags", "PlaceGap travel time bands", "PlaceGap urban-rural 2-fold", "PlaceGap urban-rural 3-fold", "PlaceGap urban-rural 6-fold", "PlaceGap urban-rural 8-fold" } ) );
  QStringList symbols = style.symbolNames();
  symbols.sort();
  QCOMPARE( symbols, QStringList( { "PlaceGap most deprived", "PlaceGap no neighbours", "PlaceGap route", "PlaceGap service" } ) );

  // The library's ramps hold the colours of the .qml styles, class by class in legend order.
  const QList<QPair<QString, QString>> sameColours {
      { "PlaceGap deprivation quintiles", "deprivation_quintile.qml" },
      { "PlaceGap deprivation deciles", "deprivation_decile.qml" },
      { "PlaceGap bivariate 3x3", "bivariate_3x3.qml" },
      { "PlaceGap LISA clusters", "lisa_clusters.qml" },
      { "PlaceGap residual flags", "residual_flag.qml" },
      { "PlaceGap travel time bands", "travel_time_polygons.qml" },
      { "PlaceGap urban-rural 8-fold", "urban_rural_8.qml" },
      { "PlaceGap urban-rural 6-fold", "urban_rural_6.qml" },
      { "PlaceGap urban-rural 3-fold", "urban_rural_3.qml" },
      { "PlaceGap urban-rural 2-fold", "urban_rural_2.qml" },
  };
  for ( const auto &[rampName, file] : sameColours )
  {
    const StyleExpectation expected = STYLES.value( file );
    QgsVectorLayer layer( QStringLiteral( "%1?crs=EPSG:27700&field=%2:%3" ).arg( expected.geometry, expected.field, expected.fieldType ), QStringLiteral( "l" ), QStringLiteral( "memory" ) );
    bool ok = false;
    layer.loadNamedStyle( QStringLiteral( PLACEGAP_SOURCE_DIR "/styles/" ) + file, ok );
    QVERIFY2( ok, qPrintable( file ) );
    QStringList styleColours;
    if ( const QgsCategorizedSymbolRenderer *categorized = dynamic_cast<const QgsCategorizedSymbolRenderer *>( layer.renderer() ) )
    {
      for ( const QgsRendererCategory &category : categorized->categories() )
      {
        if ( !category.value().toString().isEmpty() )
          styleColours << category.symbol()->color().name();
      }
    }
    else if ( const QgsGraduatedSymbolRenderer *graduated = dynamic_cast<const QgsGraduatedSymbolRenderer *>( layer.renderer() ) )
    {
      for ( const QgsRendererRange &range : graduated->ranges() )
        styleColours << range.symbol()->color().name();
    }
    else if ( const QgsRuleBasedRenderer *rules = dynamic_cast<const QgsRuleBasedRenderer *>( layer.renderer() ) )
    {
      for ( QgsRuleBasedRenderer::Rule *rule : bandRules( rules ) )
        styleColours << rule->symbol()->color().name();
    }
    const std::unique_ptr<QgsColorRamp> ramp( style.colorRamp( rampName ) );
    QVERIFY2( ramp, qPrintable( rampName ) );
    QStringList rampColours;
    for ( int i = 0; i < ramp->count(); ++i )
      rampColours << ramp->color( ramp->count() > 1 ? static_cast<double>( i ) / ( ramp->count() - 1 ) : 0.0 ).name();
    QCOMPARE( rampColours, styleColours );
  }
}

void TestStyles::rasterStylesLoad()
{
  const QString path = mDir->filePath( QStringLiteral( "codes.tif" ) );
  writeByteRaster( path, { 30, 23, 22, 21, 13, 12, 11 } );
  for ( auto it = RASTER_STYLES.constBegin(); it != RASTER_STYLES.constEnd(); ++it )
  {
    QgsRasterLayer layer( path, QStringLiteral( "codes" ), QStringLiteral( "gdal" ) );
    QVERIFY( layer.isValid() );
    bool ok = false;
    const QString message = layer.loadNamedStyle( QStringLiteral( PLACEGAP_SOURCE_DIR "/styles/" ) + it.key(), ok );
    QVERIFY2( ok, qPrintable( it.key() + ": " + message ) );
    const QgsPalettedRasterRenderer *renderer = dynamic_cast<const QgsPalettedRasterRenderer *>( layer.renderer() );
    QVERIFY2( renderer, qPrintable( it.key() + " is not a paletted style" ) );
    QList<QPair<int, QString>> classes;
    for ( const QgsPalettedRasterRenderer::Class &paletteClass : renderer->classes() )
      classes << qMakePair( static_cast<int>( paletteClass.value ), paletteClass.label );
    QCOMPARE( classes, it.value() );
  }
}

// The cost surface's minutes: the travel-time bands of the vector styles, as a discrete ramp.
void TestStyles::minutesRasterStyleLoads()
{
  const QString path = mDir->filePath( QStringLiteral( "minutes.tif" ) );
  writeByteRaster( path, { 3, 8, 12, 20, 45, 90 } );
  QgsRasterLayer layer( path, QStringLiteral( "minutes" ), QStringLiteral( "gdal" ) );
  QVERIFY( layer.isValid() );
  bool ok = false;
  const QString message = layer.loadNamedStyle( QStringLiteral( PLACEGAP_SOURCE_DIR "/styles/travel_time_grid.qml" ), ok );
  QVERIFY2( ok, qPrintable( message ) );
  const QgsSingleBandPseudoColorRenderer *renderer = dynamic_cast<const QgsSingleBandPseudoColorRenderer *>( layer.renderer() );
  QVERIFY( renderer );
  const QgsColorRampShader *ramp = dynamic_cast<const QgsColorRampShader *>( renderer->shader()->rasterShaderFunction() );
  QVERIFY( ramp );
  QCOMPARE( ramp->colorRampType(), QgsColorRampShader::Discrete );
  QStringList labels;
  QList<double> uppers;
  for ( const QgsColorRampShader::ColorRampItem &item : ramp->colorRampItemList() )
  {
    labels << item.label;
    uppers << item.value;
  }
  QCOMPARE( labels, QStringList( { "0 - 5 min", "5 - 10 min", "10 - 15 min", "15 - 30 min", "30 - 60 min", "60+ min" } ) );
  QCOMPARE( uppers.mid( 0, 5 ), QList<double>( { 5, 10, 15, 30, 60 } ) );
  QVERIFY( std::isinf( uppers.last() ) );
  // Each cell takes its band's colour: 8 minutes is the second band's, 90 the last's.
  int red = 0, green = 0, blue = 0, alpha = 0;
  QVERIFY( ramp->shade( 8, &red, &green, &blue, &alpha ) );
  QCOMPARE( QColor( red, green, blue ).name(), ramp->colorRampItemList().at( 1 ).color.name() );
  QVERIFY( ramp->shade( 90, &red, &green, &blue, &alpha ) );
  QCOMPARE( QColor( red, green, blue ).name(), ramp->colorRampItemList().last().color.name() );
}

void TestStyles::degreeOfUrbanisationOutputsAreStyledOnLoad()
{
  // One row of people per 1 km cell: an urban centre of 60,000 and empty cells around it.
  const QString population = mDir->filePath( QStringLiteral( "population.tif" ) );
  {
    GDALAllRegister();
    GDALDatasetH dataset = GDALCreate( GDALGetDriverByName( "GTiff" ), population.toUtf8().constData(), 4, 1, 1, GDT_Float64, nullptr );
    double gt[6] = { 0, 1000, 0, 1000, 0, -1000 };
    GDALSetGeoTransform( dataset, gt );
    GDALSetProjection( dataset, QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:27700" ) ).toWkt().toUtf8().constData() );
    double people[4] = { 0, 30000, 30000, 0 };
    QCOMPARE( GDALRasterIO( GDALGetRasterBand( dataset, 1 ), GF_Write, 0, 0, 4, 1, people, 4, 1, GDT_Float64, 0, 0 ), CE_None );
    GDALClose( dataset );
  }
  QgsVectorLayer *areas = addLayer( placegaptest::memoryLayer( QStringLiteral( "Polygon?field=name:string" ), { { QStringLiteral( "Polygon((0 0, 4000 0, 4000 1000, 0 1000, 0 0))" ), QgsAttributes() << QStringLiteral( "all" ) } } ) );
  const QString grid = mDir->filePath( QStringLiteral( "degurba.tif" ) );
  const QString output = mDir->filePath( QStringLiteral( "degurba.gpkg" ) );
  QgsProcessingContext context;
  context.setProject( &mProject );
  context.addLayerToLoadOnCompletion( grid, QgsProcessingContext::LayerDetails( QStringLiteral( "grid" ), &mProject, QStringLiteral( "OUTPUT_GRID" ) ) );
  context.addLayerToLoadOnCompletion( output, QgsProcessingContext::LayerDetails( QStringLiteral( "areas" ), &mProject, QStringLiteral( "OUTPUT" ) ) );
  std::unique_ptr<QgsProcessingAlgorithm> algorithm( QgsApplication::processingRegistry()->createAlgorithmById( QStringLiteral( "placegap:degreeofurbanisation" ) ) );
  bool ok = false;
  algorithm->run( { { "INPUT", population }, { "AREAS", areas->id() }, { "OUTPUT_GRID", grid }, { "OUTPUT", output } }, context, &mFeedback, &ok );
  QVERIFY2( ok, qPrintable( ( mFeedback.errors + mFeedback.warnings ).join( '\n' ) ) );

  QgsProcessingLayerPostProcessorInterface *gridStyle = context.layerToLoadOnCompletionDetails( grid ).postProcessor();
  QVERIFY( gridStyle );
  QgsRasterLayer gridLayer( grid, QStringLiteral( "grid" ), QStringLiteral( "gdal" ) );
  QVERIFY( gridLayer.isValid() );
  gridStyle->postProcessLayer( &gridLayer, context, &mFeedback );
  const QgsPalettedRasterRenderer *palette = dynamic_cast<const QgsPalettedRasterRenderer *>( gridLayer.renderer() );
  QVERIFY( palette );
  QCOMPARE( palette->classes().size(), 7 );
  QCOMPARE( palette->label( 30 ), QStringLiteral( "30 Urban centre" ) );

  QgsProcessingLayerPostProcessorInterface *areaStyle = context.layerToLoadOnCompletionDetails( output ).postProcessor();
  QVERIFY( areaStyle );
  QgsVectorLayer areaLayer( output, QStringLiteral( "areas" ), QStringLiteral( "ogr" ) );
  QVERIFY( areaLayer.isValid() );
  areaStyle->postProcessLayer( &areaLayer, context, &mFeedback );
  QCOMPARE( classField( areaLayer.renderer() ), QStringLiteral( "degurba" ) );
  QVERIFY2( mFeedback.warnings.isEmpty(), qPrintable( mFeedback.warnings.join( '\n' ) ) );
  // The style's labels are the algorithm's own.
  QgsFeature feature;
  QVERIFY( areaLayer.getFeatures().nextFeature( feature ) );
  QgsCategorizedSymbolRenderer *renderer = dynamic_cast<QgsCategorizedSymbolRenderer *>( areaLayer.renderer() );
  const int index = renderer->categoryIndexForValue( feature.attribute( QStringLiteral( "degurba" ) ) );
  QVERIFY( index >= 0 );
  QCOMPARE( renderer->categories().at( index ).label(), feature.attribute( QStringLiteral( "degurba_lbl" ) ).toString() );
}

QTEST_MAIN( TestStyles )
#include "teststyles.moc"
