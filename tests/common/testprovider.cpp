/***************************************************************************
  testprovider.cpp - the placegap provider and every algorithm's metadata
 ***************************************************************************/
#include "placegapcompat.h"
#include "placegaptestutils.h"
#include "placegapversion.h"

#include "qgsprocessingalgorithm.h"
#include "qgsprocessingparameters.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QtTest>

class TestProvider : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase() { placegaptest::startQgis(); }
    void cleanupTestCase() { QgsApplication::exitQgis(); }
    void provider();
    void algorithmIdsAreThePublicList();
    void everyAlgorithmIsDocumented();
    void helpUrlsOpenAnExistingHeading();
    void layerFiltersMatchTheirLabels();
};

void TestProvider::provider()
{
  const QgsProcessingProvider *provider = QgsApplication::processingRegistry()->providerById( QStringLiteral( "placegap" ) );
  QVERIFY( provider );
  QCOMPARE( provider->name(), QStringLiteral( "PlaceGap" ) );
  QVERIFY( provider->longName().contains( QStringLiteral( PLACEGAP_VERSION ) ) );
  QCOMPARE( provider->versionInfo(), QStringLiteral( PLACEGAP_VERSION ) );
  QVERIFY( !provider->icon().isNull() );
  QVERIFY( !provider->icon().pixmap( 16, 16 ).isNull() );
}

// Algorithm ids are a public API: this list changes only by adding.
void TestProvider::algorithmIdsAreThePublicList()
{
  const QgsProcessingProvider *provider = QgsApplication::processingRegistry()->providerById( QStringLiteral( "placegap" ) );
  QStringList ids;
  for ( const QgsProcessingAlgorithm *algorithm : provider->algorithms() )
    ids << algorithm->id();
  ids.sort();
  QCOMPARE( ids, QStringList( {
                     QStringLiteral( "placegap:attainmentgap" ),
                     QStringLiteral( "placegap:attainmentresiduals" ),
                     QStringLiteral( "placegap:bivariatelisa" ),
                     QStringLiteral( "placegap:buildsampledata" ),
                     QStringLiteral( "placegap:catchmentprofile" ),
                     QStringLiteral( "placegap:costsurfacetraveltime" ),
                     QStringLiteral( "placegap:councildeprivationquintiles" ),
                     QStringLiteral( "placegap:degreeofurbanisation" ),
                     QStringLiteral( "placegap:deprivationattainmentoverlay" ),
                     QStringLiteral( "placegap:deprivationquantiles" ),
                     QStringLiteral( "placegap:floatingcatchment" ),
                     QStringLiteral( "placegap:islandflag" ),
                     QStringLiteral( "placegap:nearestservice" ),
                     QStringLiteral( "placegap:populationgrid" ),
                     QStringLiteral( "placegap:primaryattainmentbydeprivation" ),
                     QStringLiteral( "placegap:serviceareas" ),
                     QStringLiteral( "placegap:servicecoverage" ),
                     QStringLiteral( "placegap:traveltimematrix" ),
                     QStringLiteral( "placegap:urbanruralclassification" ),
                 } ) );
}

void TestProvider::everyAlgorithmIsDocumented()
{
  const QMap<QString, QString> families {
      { QStringLiteral( "deprivationattainment" ), QStringLiteral( "Deprivation and attainment" ) },
      { QStringLiteral( "rurality" ), QStringLiteral( "Rurality" ) },
      { QStringLiteral( "serviceaccessibility" ), QStringLiteral( "Service accessibility" ) },
      { QStringLiteral( "sampledata" ), QStringLiteral( "Sample data" ) },
      { QStringLiteral( "workflows" ), QStringLiteral( "PlaceGap workflows" ) },
  };
  const QRegularExpression lowercaseId( QStringLiteral( "^[a-z0-9]+$" ) );
  const QRegularExpression upperSnake( QStringLiteral( "^[A-Z][A-Z0-9_]*$" ) );

  const QgsProcessingProvider *provider = QgsApplication::processingRegistry()->providerById( QStringLiteral( "placegap" ) );
  QVERIFY( !provider->algorithms().isEmpty() );
  for ( const QgsProcessingAlgorithm *algorithm : provider->algorithms() )
  {
    const QString id = algorithm->id();
    QVERIFY2( lowercaseId.match( algorithm->name() ).hasMatch(), qPrintable( id ) );
    QVERIFY2( !algorithm->displayName().isEmpty(), qPrintable( id ) );
    QVERIFY2( algorithm->displayName().at( 0 ).isUpper(), qPrintable( id ) );
    QVERIFY2( families.contains( algorithm->groupId() ), qPrintable( id + ": group id " + algorithm->groupId() ) );
    QCOMPARE( algorithm->group(), families.value( algorithm->groupId() ) );
    QVERIFY2( !algorithm->shortDescription().isEmpty(), qPrintable( id ) );
    QVERIFY2( !algorithm->helpUrl().isEmpty(), qPrintable( id ) );
    QVERIFY2( !algorithm->icon().isNull(), qPrintable( id ) );

    // The side panel says what and why in a few sentences, in the dialog's words (no parameter
    // ids), and sends the reader to the full page, which names every parameter a user sets.
    const QString help = algorithm->shortHelpString();
    QVERIFY2( help.size() > 150 && help.size() < 1000, qPrintable( QStringLiteral( "%1: side-panel help of %2 characters" ).arg( id ).arg( help.size() ) ) );
    QVERIFY2( help.contains( QLatin1String( "Help button" ) ), qPrintable( id ) );
    const QRegularExpression parameterId( QStringLiteral( "\\b[A-Z]{2,}_[A-Z0-9_]+\\b" ) );
    QVERIFY2( !parameterId.match( help ).hasMatch(), qPrintable( id + ": help names " + parameterId.match( help ).captured() ) );
    QFile page( QUrl( algorithm->helpUrl() ).toLocalFile() );
    QVERIFY2( page.open( QIODevice::ReadOnly | QIODevice::Text ), qPrintable( id + ": " + algorithm->helpUrl() ) );
    const QString fullHelp = QString::fromUtf8( page.readAll() );
    for ( const QgsProcessingParameterDefinition *parameter : algorithm->parameterDefinitions() )
    {
      QVERIFY2( upperSnake.match( parameter->name() ).hasMatch() || parameter->name().contains( ':' ), qPrintable( id + ": " + parameter->name() ) );
      QVERIFY2( !parameter->description().isEmpty(), qPrintable( id + ": " + parameter->name() ) );
      // Labels are the dialog's words: a parameter id in one means nothing to a user.
      QVERIFY2( !parameterId.match( parameter->description() ).hasMatch(), qPrintable( id + ": the label of " + parameter->name() + " names " + parameterId.match( parameter->description() ).captured() ) );
      if ( parameter->name() != QLatin1String( "INPUT" ) && !parameter->isDestination() )
        QVERIFY2( fullHelp.contains( parameter->name() ), qPrintable( id + ": its page does not mention " + parameter->name() ) );
    }
  }
}

// Each help link opens its family's rendered page (HTML, which a browser shows as it reads, not
// raw Markdown) at a heading that exists: an element with the anchor as its id, the anchor GitHub
// makes from the Markdown heading (lowercase; punctuation other than '-' and '_' dropped).
void TestProvider::helpUrlsOpenAnExistingHeading()
{
  const QgsProcessingProvider *provider = QgsApplication::processingRegistry()->providerById( QStringLiteral( "placegap" ) );
  for ( const QgsProcessingAlgorithm *algorithm : provider->algorithms() )
  {
    const QUrl url( algorithm->helpUrl() );
    QVERIFY2( url.isLocalFile() && QFileInfo::exists( url.toLocalFile() ), qPrintable( algorithm->id() + ": " + url.toString() ) );
    QVERIFY2( url.toLocalFile().endsWith( QLatin1String( ".html" ) ), qPrintable( algorithm->id() + ": " + url.toString() ) );
    QFile page( url.toLocalFile() );
    QVERIFY( page.open( QIODevice::ReadOnly | QIODevice::Text ) );
    const QString html = QString::fromUtf8( page.readAll() );
    QVERIFY2( html.contains( QStringLiteral( "<h2 id=\"%1\">" ).arg( url.fragment() ) ), qPrintable( algorithm->id() + ": no heading for #" + url.fragment() ) );
  }
}

// A layer parameter whose label names geometries ("(polygons)", "points", "lines") offers only
// layers of those geometries, so the dialog cannot pre-select a layer the label rules out; one
// that says "table" or "any layer" may offer every layer.
void TestProvider::layerFiltersMatchTheirLabels()
{
  const QgsProcessingProvider *provider = QgsApplication::processingRegistry()->providerById( QStringLiteral( "placegap" ) );
  int checked = 0;
  for ( const QgsProcessingAlgorithm *algorithm : provider->algorithms() )
  {
    for ( const QgsProcessingParameterDefinition *parameter : algorithm->parameterDefinitions() )
    {
      const auto *source = dynamic_cast<const QgsProcessingParameterLimitedDataTypes *>( parameter );
      if ( !source || parameter->isDestination() )
        continue;
      const QString label = parameter->description().toLower();
      if ( label.contains( QLatin1String( "table" ) ) || label.contains( QLatin1String( "any layer" ) ) )
        continue;
      QSet<int> allowed;
      if ( label.contains( QLatin1String( "polygon" ) ) )
        allowed << static_cast<int>( placegap::compat::SOURCE_POLYGON );
      if ( label.contains( QLatin1String( "point" ) ) || label.contains( QLatin1String( "centroid" ) ) )
        allowed << static_cast<int>( placegap::compat::SOURCE_POINT );
      if ( label.contains( QLatin1String( "lines" ) ) )
        allowed << static_cast<int>( placegap::compat::SOURCE_LINE );
      if ( allowed.isEmpty() )
        continue;
      const QList<int> types = source->dataTypes();
      const QSet<int> offered( types.begin(), types.end() );
      QVERIFY2( offered == allowed, qPrintable( QStringLiteral( "%1 %2 ('%3') offers other geometries than its label names" ).arg( algorithm->id(), parameter->name(), parameter->description() ) ) );
      ++checked;
    }
  }
  QVERIFY( checked >= 10 );
}

QTEST_MAIN( TestProvider )
#include "testprovider.moc"
