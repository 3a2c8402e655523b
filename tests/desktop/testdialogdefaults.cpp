/***************************************************************************
  testdialogdefaults.cpp - what each algorithm's dialog proposes before the user chooses
 ***************************************************************************/
#include "placegapprovider.h"
#include "placegaptestutils.h"

#include "qgsapplication.h"
#include "qgsgui.h"
#include "qgsprocessingalgorithm.h"
#include "qgsprocessingcontext.h"
#include "qgsprocessingguiregistry.h"
#include "qgsprocessingparameters.h"
#include "qgsprocessingprovider.h"
#include "qgsprocessingregistry.h"
#include "qgsprocessingwidgetwrapper.h"
#include "qgsproject.h"
#include "qgsvectorlayer.h"

#include <QAbstractSpinBox>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace
{
  //! What the dialog gives its widgets: a context on the current project.
  class ContextGenerator : public QgsProcessingContextGenerator
  {
    public:
      explicit ContextGenerator( QgsProcessingContext *context )
          : mContext( context ) {}
      QgsProcessingContext *processingContext() override { return mContext; }

    private:
      QgsProcessingContext *mContext;
  };
} // namespace

/**
 * Builds each algorithm's parameter widgets as the Processing dialog does (the GUI registry's
 * wrappers, linked to their parent layers by postInitialize) on a project holding one sample
 * layer, and reads what they propose. The dialog's own behaviour: a required field parameter
 * with no default takes the layer's first field of its type, in a GeoPackage 'fid'.
 */
class TestDialogDefaults : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void cleanupTestCase();
    void noRequiredFieldProposesTheFeatureId_data();
    void noRequiredFieldProposesTheFeatureId();
    void defaultsMatchTheSampleData_data();
    void defaultsMatchTheSampleData();
    void featureIdFieldIsWarnedAbout();
    void numbersReadAsNumbers();

  private:
    //! The values the dialog of algorithmId proposes with only sampleLayer in the project.
    QVariantMap proposed( const QString &algorithmId, const QString &sampleLayer );
};

void TestDialogDefaults::initTestCase()
{
  placegaptest::startQgis();
}

void TestDialogDefaults::cleanupTestCase()
{
  QgsProject::instance()->clear();
  QgsApplication::exitQgis();
}

QVariantMap TestDialogDefaults::proposed( const QString &algorithmId, const QString &sampleLayer )
{
  QgsProject::instance()->removeAllMapLayers();
  auto *layer = new QgsVectorLayer( QStringLiteral( PLACEGAP_SAMPLE_GEOPACKAGE "|layername=" ) + sampleLayer, sampleLayer, QStringLiteral( "ogr" ) );
  if ( !layer->isValid() )
    return QVariantMap();
  QgsProject::instance()->addMapLayer( layer );
  const QgsProcessingAlgorithm *algorithm = QgsApplication::processingRegistry()->algorithmById( algorithmId );
  if ( !algorithm )
    return QVariantMap();
  QgsProcessingContext context;
  context.setProject( QgsProject::instance() );
  ContextGenerator generator( &context );
  QgsProcessingParameterWidgetContext widgetContext;
  widgetContext.setProject( QgsProject::instance() );
  std::vector<std::unique_ptr<QWidget>> widgets;
  std::vector<std::unique_ptr<QgsAbstractProcessingParameterWidgetWrapper>> owned;
  QList<QgsAbstractProcessingParameterWidgetWrapper *> wrappers;
  for ( const QgsProcessingParameterDefinition *definition : algorithm->parameterDefinitions() )
  {
    QgsAbstractProcessingParameterWidgetWrapper *wrapper = QgsGui::processingGuiRegistry()->createParameterWidgetWrapper( definition, QgsProcessingGui::Standard );
    if ( !wrapper )
      continue;
    owned.emplace_back( wrapper );
    wrapper->setWidgetContext( widgetContext );
    wrapper->registerProcessingContextGenerator( &generator );
    widgets.emplace_back( wrapper->createWrappedWidget( context ) );
    wrappers << wrapper;
  }
  for ( QgsAbstractProcessingParameterWidgetWrapper *wrapper : std::as_const( wrappers ) )
    wrapper->postInitialize( wrappers );
  QVariantMap values;
  for ( QgsAbstractProcessingParameterWidgetWrapper *wrapper : std::as_const( wrappers ) )
    values.insert( wrapper->parameterDefinition()->name(), wrapper->parameterValue() );
  return values;
}

void TestDialogDefaults::noRequiredFieldProposesTheFeatureId_data()
{
  QTest::addColumn<QString>( "algorithmId" );
  QTest::addColumn<QString>( "sampleLayer" );
  const QgsProcessingProvider *provider = QgsApplication::processingRegistry()->providerById( QStringLiteral( "placegap" ) );
  QVERIFY( provider );
  // Areas (polygons) and schools (points): every source parameter takes one or the other.
  for ( const QgsProcessingAlgorithm *algorithm : provider->algorithms() )
  {
    for ( const QString &layer : { QStringLiteral( "data_zones" ), QStringLiteral( "schools" ) } )
      QTest::newRow( qPrintable( algorithm->id() + QStringLiteral( " on " ) + layer ) ) << algorithm->id() << layer;
  }
}

void TestDialogDefaults::noRequiredFieldProposesTheFeatureId()
{
  QFETCH( QString, algorithmId );
  QFETCH( QString, sampleLayer );
  const QVariantMap values = proposed( algorithmId, sampleLayer );
  const QgsProcessingAlgorithm *algorithm = QgsApplication::processingRegistry()->algorithmById( algorithmId );
  for ( const QgsProcessingParameterDefinition *definition : algorithm->parameterDefinitions() )
  {
    if ( definition->type() != QgsProcessingParameterField::typeName() )
      continue;
    const QString value = values.value( definition->name() ).toString();
    QVERIFY2( value.compare( QLatin1String( "fid" ), Qt::CaseInsensitive ) != 0, qPrintable( QStringLiteral( "%1 proposes '%2' for %3" ).arg( algorithmId, value, definition->name() ) ) );
  }
}

void TestDialogDefaults::defaultsMatchTheSampleData_data()
{
  QTest::addColumn<QString>( "algorithmId" );
  QTest::addColumn<QString>( "sampleLayer" );
  QTest::addColumn<QVariantMap>( "expected" );
  QTest::newRow( "quantiles" ) << "placegap:deprivationquantiles"
                               << "data_zones" << QVariantMap { { "RANK_FIELD", "simd_rank" } };
  QTest::newRow( "catchment profile" ) << "placegap:catchmentprofile"
                                       << "data_zones" << QVariantMap { { "RANK_FIELD", "simd_rank" }, { "POPULATION_FIELD", "population" } };
  QTest::newRow( "lisa" ) << "placegap:bivariatelisa"
                          << "data_zones" << QVariantMap { { "DEPRIVATION_FIELD", "simd_rank" } };
  QTest::newRow( "population grid" ) << "placegap:populationgrid"
                                     << "data_zones" << QVariantMap { { "POPULATION_FIELD", "population" } };
  QTest::newRow( "overlay" ) << "placegap:deprivationattainmentoverlay"
                             << "schools" << QVariantMap { { "CODE_FIELD", "seed_code" }, { "DEPRIVATION_FIELD", "dz_simd_rank" }, { "ATTAINMENT_CODE_FIELD", "seed_code" } };
  QTest::newRow( "gap" ) << "placegap:attainmentgap"
                         << "schools" << QVariantMap { { "QUANTILE_FIELD", "dz_simd_quintile" } };
  QTest::newRow( "residuals" ) << "placegap:attainmentresiduals"
                               << "schools" << QVariantMap { { "DEPRIVATION_FIELD", "dz_simd_rank" } };
}

void TestDialogDefaults::defaultsMatchTheSampleData()
{
  QFETCH( QString, algorithmId );
  QFETCH( QString, sampleLayer );
  QFETCH( QVariantMap, expected );
  const QVariantMap values = proposed( algorithmId, sampleLayer );
  for ( auto it = expected.constBegin(); it != expected.constEnd(); ++it )
    QCOMPARE( values.value( it.key() ).toString(), it.value().toString() );
}

void TestDialogDefaults::featureIdFieldIsWarnedAbout()
{
  QTemporaryDir dir;
  QgsProcessingContext context;
  placegaptest::CapturingFeedback feedback;
  const QVariantMap parameters {
      { "INPUT", QStringLiteral( PLACEGAP_SAMPLE_GEOPACKAGE "|layername=data_zones" ) },
      { "RANK_FIELD", "simd_rank" },
      { "METHOD", 2 }, // population-weighted within groups
      { "GROUP_FIELD", "council_code" },
      { "POPULATION_FIELD", "fid" },
      { "OUTPUT", dir.filePath( "quantiles.gpkg" ) },
  };
  QVERIFY( !placegaptest::runAlgorithm( QStringLiteral( "placegap:deprivationquantiles" ), parameters, context, feedback ).isEmpty() );
  QCOMPARE( feedback.warningsWith( { "'Population field (population-weighted method)'", "'fid'", "feature id" } ).size(), 1 );
  QVERIFY( feedback.warningsWith( { "'Deprivation rank field" } ).isEmpty() ); // simd_rank is a value
}

// Decimal numbers show the decimals their defaults need: 50.0 km/h, 0.05, 1000.0 m, not
// 50.000000 (QGIS's six otherwise).
void TestDialogDefaults::numbersReadAsNumbers()
{
  const QgsProcessingProvider *provider = QgsApplication::processingRegistry()->providerById( QStringLiteral( "placegap" ) );
  QgsProcessingContext context;
  QMap<QString, QString> shown;
  int boxes = 0;
  for ( const QgsProcessingAlgorithm *algorithm : provider->algorithms() )
  {
    for ( const QgsProcessingParameterDefinition *definition : algorithm->parameterDefinitions() )
    {
      std::unique_ptr<QgsAbstractProcessingParameterWidgetWrapper> wrapper( QgsGui::processingGuiRegistry()->createParameterWidgetWrapper( definition, QgsProcessingGui::Standard ) );
      if ( !wrapper )
        continue;
      std::unique_ptr<QWidget> widget( wrapper->createWrappedWidget( context ) );
      QList<QAbstractSpinBox *> spinBoxes = widget->findChildren<QAbstractSpinBox *>();
      if ( QAbstractSpinBox *box = qobject_cast<QAbstractSpinBox *>( widget.get() ) )
        spinBoxes << box;
      for ( QAbstractSpinBox *box : spinBoxes )
      {
        ++boxes;
        shown.insert( algorithm->name() + ':' + definition->name(), box->text() );
        QVERIFY2( !QRegularExpression( QStringLiteral( "\\.\\d{5,}" ) ).match( box->text() ).hasMatch(), qPrintable( QStringLiteral( "%1 %2 shows %3" ).arg( algorithm->id(), definition->name(), box->text() ) ) );
      }
    }
  }
  QVERIFY( boxes > 50 );
  QCOMPARE( shown.value( "nearestservice:DEFAULT_SPEED" ), QStringLiteral( "50.0" ) );
  QCOMPARE( shown.value( "nearestservice:OFF_NETWORK_SPEED" ), QStringLiteral( "4.8" ) );
  QCOMPARE( shown.value( "bivariatelisa:SIGNIFICANCE" ), QStringLiteral( "0.05" ) );
  // Counts show as whole numbers.
  QCOMPARE( shown.value( "urbanruralclassification:LARGE_URBAN_POPULATION" ), QStringLiteral( "125000" ) );
}

QTEST_MAIN( TestDialogDefaults )
#include "testdialogdefaults.moc"
