/***************************************************************************
  placegapqgisstart.cpp - QGIS started with what the command line needs of it
 ***************************************************************************/
#include "placegapqgisstart.h"

#include "placegapalgorithm.h"

#include "qgsapplication.h"
#include "qgsprocessingregistry.h"
#include "qgsproject.h"
#include "qgsproviderregistry.h"

bool placegap::qgisstart::isPlaceGapRun( const QStringList &arguments )
{
  return arguments.size() >= 2 && arguments.at( 0 ) == QLatin1String( "run" ) && arguments.at( 1 ).startsWith( QLatin1String( "placegap:" ) );
}

bool placegap::qgisstart::needsPlugins( const QStringList &arguments )
{
  if ( !isPlaceGapRun( arguments ) )
    return true;
  for ( const QString &argument : arguments.mid( 2 ) )
  {
    if ( argument == QLatin1String( "-" ) || argument.startsWith( QLatin1String( "--PROJECT_PATH=" ) ) || argument.contains( QLatin1String( "://" ) ) || argument.contains( QLatin1String( "authcfg" ), Qt::CaseInsensitive ) )
      return true;
  }
  return false;
}

bool placegap::qgisstart::needsNativeAlgorithms( const QStringList &arguments )
{
  if ( !isPlaceGapRun( arguments ) )
    return true;
  // PlaceGap's workflows are models of native and PlaceGap algorithms.
  const PlaceGapAlgorithm *algorithm = dynamic_cast<const PlaceGapAlgorithm *>( QgsApplication::processingRegistry()->algorithmById( arguments.at( 1 ) ) );
  return !algorithm || algorithm->runsNativeAlgorithms();
}

void placegap::qgisstart::start( bool withPlugins )
{
  if ( withPlugins )
  {
    QgsApplication::initQgis();
    return;
  }
  // QGIS's own switch for the plugins the registry loads (a pattern of file names), unless the user set one.
  const bool userPattern = qEnvironmentVariableIsSet( "QGIS_PROVIDER_FILE" );
  if ( !userPattern )
    qputenv( "QGIS_PROVIDER_FILE", "^$" );
  QgsProviderRegistry::instance( QgsApplication::pluginPath() );
  if ( !userPattern )
    qunsetenv( "QGIS_PROVIDER_FILE" );
  QgsProject::instance();
}
