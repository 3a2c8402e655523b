/***************************************************************************
  testtranslation.cpp - PlaceGap owns its words, and ships them translated
 ***************************************************************************/
#include "placegapinstalleddata.h"
#include "placegaptestutils.h"
#include "placegaptr.h"
#include "placegaptranslation.h"
#include "placegapversion.h"

#include "qgsprocessingalgorithm.h"
#include "qgsprocessingparameters.h"
#include "qgssettings.h"

#include <QDomDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include <memory>

class TestTranslation : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void cleanupTestCase() { QgsApplication::exitQgis(); }
    void qgisTranslationsDoNotLeakIn();
    void qgisLocaleIsFollowed();
    void everyDialogStringIsTranslated();
    void shippedTranslationsAreCurrentAndComplete();
    void messagesNameParametersInTheDialogsWords();

  private:
    //! Every string an algorithm's dialog shows, each algorithm made afresh so that its labels are translated now.
    static QStringList dialogStrings();
    QStringList mEnglish;
};

void TestTranslation::initTestCase()
{
  placegaptest::startQgis();
  // The .qm files this build compiled, not an older installed copy.
  placegap::installed::setDataDirectory( QStringLiteral( PLACEGAP_BUILD_HTML_DIR ) );
  mEnglish = dialogStrings();
  QVERIFY( mEnglish.size() > 500 );
}

QStringList TestTranslation::dialogStrings()
{
  QStringList strings;
  const QgsProcessingProvider *provider = QgsApplication::processingRegistry()->providerById( QStringLiteral( "placegap" ) );
  for ( const QgsProcessingAlgorithm *registered : provider->algorithms() )
  {
    // Workflow models are read from their .model3 files: their words are data, not code.
    if ( registered->groupId() == QLatin1String( "workflows" ) )
      continue;
    std::unique_ptr<QgsProcessingAlgorithm> algorithm( registered->create() );
    strings << algorithm->displayName() << algorithm->group() << algorithm->shortHelpString() << algorithm->shortDescription();
    for ( const QgsProcessingParameterDefinition *parameter : algorithm->parameterDefinitions() )
    {
      strings << parameter->description();
      if ( const auto *choice = dynamic_cast<const QgsProcessingParameterEnum *>( parameter ) )
        strings << choice->options();
    }
    for ( const QgsProcessingOutputDefinition *output : algorithm->outputDefinitions() )
      strings << output->description();
  }
  strings.removeAll( QString() );
  return strings;
}

// QGIS translates its own strings in the context "QObject"; were PlaceGap's there too, a French
// QGIS would show "Champ de direction" among English labels.
void TestTranslation::qgisTranslationsDoNotLeakIn()
{
  QTranslator qgis;
  QVERIFY2( qgis.load( QStringLiteral( "qgis_fr" ), QgsApplication::i18nPath() ), qPrintable( QgsApplication::i18nPath() ) );
  QCoreApplication::installTranslator( &qgis );
  const QStringList withQgisFrench = dialogStrings();
  QCoreApplication::removeTranslator( &qgis );
  QCOMPARE( withQgisFrench.size(), mEnglish.size() );
  for ( int i = 0; i < mEnglish.size(); ++i )
    QCOMPARE( withQgisFrench.at( i ), mEnglish.at( i ) );
}

void TestTranslation::qgisLocaleIsFollowed()
{
  QgsSettings settings;
  settings.setValue( QStringLiteral( "locale/overrideFlag" ), true );
  settings.setValue( QStringLiteral( "locale/userLocale" ), QStringLiteral( "fr_FR" ) );
  const QString loaded = placegap::translation::installForQgisLocale();
  settings.remove( QStringLiteral( "locale/overrideFlag" ) );
  settings.remove( QStringLiteral( "locale/userLocale" ) );
  QVERIFY2( loaded.endsWith( QLatin1String( "/i18n/placegap_fr.qm" ) ), qPrintable( loaded ) );
  QCOMPARE( PlaceGap::tr( "Population field" ), QStringLiteral( "Champ de population" ) );
  // Installed once: asking again changes nothing.
  QCOMPARE( placegap::translation::install( QStringLiteral( "de" ) ), loaded );
}

// Every label, option, group and help text of every algorithm, read as a French user sees it.
void TestTranslation::everyDialogStringIsTranslated()
{
  QTranslator french;
  QVERIFY( french.load( QStringLiteral( "placegap_fr" ), QStringLiteral( PLACEGAP_BUILD_HTML_DIR "/i18n" ) ) );
  const QStringList inFrench = dialogStrings();
  QCOMPARE( inFrench.size(), mEnglish.size() );
  QStringList untranslated;
  for ( int i = 0; i < mEnglish.size(); ++i )
  {
    // A word French spells alike ("Minutes", "Services") is in the translation all the same.
    const bool known = !french.translate( "PlaceGap", mEnglish.at( i ).toUtf8().constData() ).isEmpty();
    if ( inFrench.at( i ) == mEnglish.at( i ) && !known )
      untranslated << mEnglish.at( i );
  }
  QVERIFY2( untranslated.isEmpty(), qPrintable( untranslated.join( QStringLiteral( "\n" ) ) ) );
}

// lupdate run over the sources into a copy of each shipped .ts: no string new to it, none unfinished.
void TestTranslation::shippedTranslationsAreCurrentAndComplete()
{
  const QDir i18n( QStringLiteral( PLACEGAP_SOURCE_DIR "/i18n" ) );
  const QStringList tsFiles = i18n.entryList( { QStringLiteral( "placegap_*.ts" ) } );
  QVERIFY( !tsFiles.isEmpty() );
  QTemporaryDir work;
  for ( const QString &ts : tsFiles )
  {
    const QString copy = work.filePath( ts );
    QVERIFY( QFile::copy( i18n.filePath( ts ), copy ) );
    QProcess lupdate;
    lupdate.setWorkingDirectory( QStringLiteral( PLACEGAP_SOURCE_DIR ) );
    lupdate.start( QStringLiteral( PLACEGAP_LUPDATE ), { QStringLiteral( "-locations" ), QStringLiteral( "none" ), QStringLiteral( "-no-obsolete" ), QStringLiteral( "algorithms/processing" ), QStringLiteral( "plugin" ), QStringLiteral( "runner" ), QStringLiteral( "-ts" ), copy } );
    QVERIFY( lupdate.waitForFinished( 120000 ) );
    QCOMPARE( lupdate.exitCode(), 0 );
    QFile file( copy );
    QVERIFY( file.open( QIODevice::ReadOnly ) );
    QDomDocument document;
    QVERIFY( document.setContent( &file ) );
    const QDomNodeList messages = document.elementsByTagName( QStringLiteral( "message" ) );
    QStringList unfinished;
    for ( int i = 0; i < messages.size(); ++i )
    {
      const QDomElement message = messages.at( i ).toElement();
      const QDomElement translation = message.firstChildElement( QStringLiteral( "translation" ) );
      const bool empty = translation.text().isEmpty() && translation.firstChildElement( QStringLiteral( "numerusform" ) ).text().isEmpty();
      if ( translation.hasAttribute( QStringLiteral( "type" ) ) || empty )
        unfinished << message.firstChildElement( QStringLiteral( "source" ) ).text();
    }
    QVERIFY2( messages.size() > 800, qPrintable( ts ) );
    QVERIFY2( unfinished.isEmpty(), qPrintable( QStringLiteral( "%1: %2 strings new or unfinished (run scripts/update_translations.sh and translate them):\n%3" ).arg( ts ).arg( unfinished.size() ).arg( unfinished.mid( 0, 20 ).join( QStringLiteral( "\n" ) ) ) ) );
  }
}

// A message names a parameter as the dialog does, with its id beside it in parentheses for the
// command line ("the cell size (CELL_SIZE)"), never by its id alone ("raise CELL_SIZE").
void TestTranslation::messagesNameParametersInTheDialogsWords()
{
  QSet<QString> ids;
  const QgsProcessingProvider *provider = QgsApplication::processingRegistry()->providerById( QStringLiteral( "placegap" ) );
  for ( const QgsProcessingAlgorithm *algorithm : provider->algorithms() )
  {
    for ( const QgsProcessingParameterDefinition *parameter : algorithm->parameterDefinitions() )
      ids.insert( parameter->name() );
  }
  QFile file( QStringLiteral( PLACEGAP_SOURCE_DIR "/i18n/placegap_fr.ts" ) );
  QVERIFY( file.open( QIODevice::ReadOnly ) );
  QDomDocument document;
  QVERIFY( document.setContent( &file ) );
  const QDomNodeList sources = document.elementsByTagName( QStringLiteral( "source" ) );
  const QRegularExpression token( QStringLiteral( "\\b[A-Z][A-Z0-9_]{2,}\\b" ) );
  QStringList bare;
  for ( int i = 0; i < sources.size(); ++i )
  {
    const QString text = sources.at( i ).toElement().text();
    QRegularExpressionMatchIterator it = token.globalMatch( text );
    while ( it.hasNext() )
    {
      const QRegularExpressionMatch match = it.next();
      const QString before = text.left( match.capturedStart() );
      const bool inParentheses = before.lastIndexOf( '(' ) > before.lastIndexOf( ')' );
      if ( ids.contains( match.captured() ) && !inParentheses )
        bare << QStringLiteral( "%1 in: %2" ).arg( match.captured(), text.left( 160 ) );
    }
  }
  QVERIFY( ids.size() > 100 );
  QVERIFY2( bare.isEmpty(), qPrintable( bare.join( QStringLiteral( "\n" ) ) ) );
}

QTEST_MAIN( TestTranslation )
#include "testtranslation.moc"
