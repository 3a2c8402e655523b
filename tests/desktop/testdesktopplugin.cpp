/***************************************************************************
  testdesktopplugin.cpp - the real QGIS desktop loads the PlaceGap plugin

  Installs the build into a temporary prefix, starts the qgis binary under xvfb-run with a
  throwaway profile that enables the plugin and adds the prefix's plugin folder to the plugin
  paths; a startup script reports what it finds and opens a sample project through the menu.
 ***************************************************************************/
#include "placegapinstall.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

class TestDesktopPlugin : public QObject
{
    Q_OBJECT

  private slots:
    void qgisLoadsPluginAndProvider();
};

void TestDesktopPlugin::qgisLoadsPluginAndProvider()
{
  const QString qgis = QStandardPaths::findExecutable( QStringLiteral( "qgis" ) );
  const QString xvfbRun = QStandardPaths::findExecutable( QStringLiteral( "xvfb-run" ) );
  QVERIFY2( !qgis.isEmpty(), "The qgis desktop binary is not on PATH (Debian package 'qgis')." );
  QVERIFY2( !xvfbRun.isEmpty(), "xvfb-run is not on PATH (Debian package 'xvfb')." );

  QTemporaryDir profiles;
  QVERIFY( profiles.isValid() );
  const QString profileName = QStringLiteral( "placegaptest" );
  // The plugin as a user installs it, with its data beside it: nothing from the source tree.
  const QString prefix = profiles.filePath( QStringLiteral( "prefix" ) );
  const QString installProblem = placegaptest::installBuild( prefix );
  QVERIFY2( installProblem.isEmpty(), qPrintable( installProblem ) );
  {
    // QGIS restores a C++ plugin when Plugins/<library base name> is true in the profile.
    // --profiles-path P keeps profiles in P/profiles/<name>.
    const QString settingsFolder = profiles.filePath( QStringLiteral( "profiles/" ) + profileName + QStringLiteral( "/QGIS" ) );
    QVERIFY( QDir().mkpath( settingsFolder ) );
    QSettings settings( settingsFolder + QStringLiteral( "/QGIS3.ini" ), QSettings::IniFormat );
    settings.setValue( QStringLiteral( "Plugins/" PLACEGAP_PLUGIN_BASENAME ), true );
    // QGIS reads C++ plugins from its own plugin folder and from these paths (Settings >
    // Options > System > Plugin paths); QGIS_PLUGINPATH only serves Python plugins.
    settings.setValue( QStringLiteral( "plugins/searchPathsForPlugins" ), prefix + QStringLiteral( "/lib/qgis/plugins" ) );
    settings.setValue( QStringLiteral( "qgis/checkVersion" ), false );
    settings.setValue( QStringLiteral( "qgis/showTips" ), false );
    settings.setValue( QStringLiteral( "core/Misc/firstRun" ), false );
  }
  const QString resultFile = profiles.filePath( QStringLiteral( "result.json" ) );

  QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
  environment.insert( QStringLiteral( "PLACEGAP_TEST_RESULT" ), resultFile );
  environment.insert( QStringLiteral( "PLACEGAP_TEST_INPUT" ), QStringLiteral( PLACEGAP_SOURCE_DIR "/sample-projects/example/example_small_areas.geojson" ) );
  environment.remove( QStringLiteral( "QT_QPA_PLATFORM" ) ); // a real X server (Xvfb), not offscreen
  // The installed projects as they are before QGIS opens one: opening must not rewrite them.
  const auto projectBytes = []( const QString &root )
  {
    QFile project( root + QStringLiteral( "/share/placegap/sample-projects/deprivation_and_attainment.qgs" ) );
    return project.open( QIODevice::ReadOnly ) ? project.readAll() : QByteArray();
  };
  const QByteArray ourProjectBefore = projectBytes( prefix );
  const QByteArray systemProjectBefore = projectBytes( QStringLiteral( PLACEGAP_QGIS_PREFIX ) );
  QProcess process;
  process.setProcessEnvironment( environment );
  process.setProcessChannelMode( QProcess::MergedChannels );
  process.start( xvfbRun, { QStringLiteral( "-a" ), QStringLiteral( "-s" ), QStringLiteral( "-screen 0 1280x1024x24" ), qgis,
                            QStringLiteral( "--profiles-path" ), profiles.path(), QStringLiteral( "--profile" ), profileName,
                            QStringLiteral( "--noversioncheck" ), QStringLiteral( "--nologo" ),
                            QStringLiteral( "--code" ), QStringLiteral( PLACEGAP_SOURCE_DIR "/tests/desktop/check_plugin_loaded.py" ) } );
  QVERIFY2( process.waitForStarted(), qPrintable( process.errorString() ) );
  const bool finished = process.waitForFinished( 240 * 1000 );
  if ( !finished )
  {
    process.kill();
    process.waitForFinished();
  }
  const QString log = QString::fromLocal8Bit( process.readAll() );
  QVERIFY2( finished, qPrintable( QStringLiteral( "QGIS did not quit within 4 minutes. Log:\n" ) + log.right( 4000 ) ) );

  QFile file( resultFile );
  QVERIFY2( file.open( QIODevice::ReadOnly ), qPrintable( QStringLiteral( "The startup script wrote no result. QGIS log:\n" ) + log.right( 4000 ) ) );
  const QJsonObject result = QJsonDocument::fromJson( file.readAll() ).object();
  QVERIFY2( !result.contains( QStringLiteral( "error" ) ), qPrintable( result.value( QStringLiteral( "error" ) ).toString() ) );
  QVERIFY2( result.value( QStringLiteral( "provider" ) ).toBool(), qPrintable( QStringLiteral( "No placegap provider in the registry. QGIS log:\n" ) + log.right( 4000 ) ) );
  QVERIFY( result.value( QStringLiteral( "long_name" ) ).toString().startsWith( QStringLiteral( "PlaceGap " ) ) );
  QVERIFY( result.value( QStringLiteral( "algorithms" ) ).toArray().contains( QStringLiteral( "placegap:deprivationquantiles" ) ) );

  const QJsonObject menus = result.value( QStringLiteral( "menus" ) ).toObject();
  QVERIFY2( menus.contains( QStringLiteral( "&PlaceGap" ) ), qPrintable( QJsonDocument( menus ).toJson() ) );
  const QJsonArray entries = menus.value( QStringLiteral( "&PlaceGap" ) ).toArray();
  QVERIFY( entries.contains( QStringLiteral( "Help" ) ) );
  QVERIFY( entries.contains( QStringLiteral( "Sample Projects…" ) ) );
  QVERIFY( entries.contains( QStringLiteral( "Load Styles" ) ) );

  // Every algorithm's dialog, 1,000 px wide, shows its parameters without a horizontal scroll bar.
  QVERIFY2( result.contains( QStringLiteral( "wide_dialogs" ) ) && result.value( QStringLiteral( "wide_dialogs" ) ).toArray().isEmpty(), qPrintable( QJsonDocument( result.value( QStringLiteral( "wide_dialogs" ) ).toArray() ).toJson() ) );

  QVERIFY( result.value( QStringLiteral( "run_ok" ) ).toBool() );
  QCOMPARE( result.value( QStringLiteral( "run_features" ) ).toInt(), 12 );
  // Sample Projects… offers the installed projects and opens the first at once, every layer valid.
  QVERIFY2( result.value( QStringLiteral( "sample_other_dialogs" ) ).toArray().isEmpty(), qPrintable( QJsonDocument( result ).toJson() ) );
  // The chooser lists projects by title, each with a line on what it shows.
  const QJsonArray choices = result.value( QStringLiteral( "sample_choices" ) ).toArray();
  QVERIFY2( choices.size() == 3 && choices.first().toString().startsWith( QStringLiteral( "Deprivation and attainment across the Northern Alliance\n" ) ), qPrintable( QJsonDocument( result ).toJson() ) );
  // QGIS loads a plugin from its own plugin folder before the Plugin paths: where this build is
  // also installed there (as scripts/setup.sh does), that copy, which must be this build's, opens
  // the projects installed beside it.
  QString loadedPrefix = prefix;
  const QString pluginFile = QStringLiteral( "/lib/qgis/plugins/" PLACEGAP_PLUGIN_BASENAME ".so" );
  QFile system( QStringLiteral( PLACEGAP_QGIS_PREFIX ) + pluginFile );
  if ( system.exists() )
  {
    QFile ours( prefix + pluginFile );
    QVERIFY( system.open( QIODevice::ReadOnly ) && ours.open( QIODevice::ReadOnly ) );
    QVERIFY2( system.readAll() == ours.readAll(), qPrintable( QStringLiteral( "%1 is another build of PlaceGap, which QGIS loads first: install this build (scripts/setup.sh) or remove it." ).arg( system.fileName() ) ) );
    loadedPrefix = QStringLiteral( PLACEGAP_QGIS_PREFIX );
  }
  QCOMPARE( QFileInfo( result.value( QStringLiteral( "sample_project" ) ).toString() ).canonicalFilePath(), QFileInfo( loadedPrefix + QStringLiteral( "/share/placegap/sample-projects/deprivation_and_attainment.qgs" ) ).canonicalFilePath() );
  QVERIFY2( result.value( QStringLiteral( "sample_layers" ) ).toInt() >= 5, qPrintable( QJsonDocument( result ).toJson() ) );
  QVERIFY2( result.value( QStringLiteral( "sample_invalid_layers" ) ).toArray().isEmpty(), qPrintable( QJsonDocument( result ).toJson() ) );
  QVERIFY2( !ourProjectBefore.isEmpty() && projectBytes( prefix ) == ourProjectBefore && projectBytes( QStringLiteral( PLACEGAP_QGIS_PREFIX ) ) == systemProjectBefore, "Opening a sample project changed the installed file" );
  // The map canvas draws it: more than a handful of colours.
  QVERIFY2( result.value( QStringLiteral( "sample_canvas_colours" ) ).toInt() > 8, qPrintable( QJsonDocument( result ).toJson() ) );

  // Quitting unloads every plugin: the provider is removed and nothing crashes on the way out.
  QCOMPARE( process.exitStatus(), QProcess::NormalExit );
  QVERIFY2( process.exitCode() == 0, qPrintable( QStringLiteral( "QGIS exit code %1. Log:\n" ).arg( process.exitCode() ) + log.right( 4000 ) ) );
}

QTEST_GUILESS_MAIN( TestDesktopPlugin )
#include "testdesktopplugin.moc"
