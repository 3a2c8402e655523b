/***************************************************************************
  main.cpp - placegap_process, the headless runner for Processing algorithms and models

  Mirrors qgis_process: list, help ALG, run ALG|MODEL.model3 --PARAM=VALUE ... (or JSON
  parameters on stdin with "-"). Progress and log go to stderr, results as JSON to stdout.
 ***************************************************************************/
#include "placegapcompat.h"
#include "placegapinstalleddata.h"
#include "placegapprovider.h"
#include "placegapqgisstart.h"
#include "placegapstoponsignal.h"
#include "placegaptr.h"
#include "placegapversion.h"

#include "qgsapplication.h"
#include "qgsnativealgorithms.h"
#include "qgsprocessingalgorithm.h"
#include "qgsprocessingcontext.h"
#include "qgsprocessingfeedback.h"
#include "qgsprocessingmodelalgorithm.h"
#include "qgsprocessingregistry.h"
#include "qgsproject.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <memory>

namespace
{
  enum ExitCode
  {
    Success = 0,
    Failed = 1,   //!< The algorithm could not run or failed.
    BadUsage = 2, //!< The command line itself was wrong.
  };

  void printError( const QString &message )
  {
    std::cerr << "ERROR: " << message.toStdString() << std::endl;
  }

  void printUsage()
  {
    std::cerr << "placegap_process " PLACEGAP_VERSION " - run QGIS Processing algorithms and models headless, with PlaceGap's\n"
                 "\n"
                 "Usage:\n"
                 "  placegap_process list [--json]              algorithms of the placegap and native providers\n"
                 "  placegap_process help ALG|MODEL.model3      description and parameters\n"
                 "  placegap_process run ALG|MODEL.model3 [--PARAM=VALUE ...]\n"
                 "  placegap_process run ALG|MODEL.model3 -     JSON parameters on stdin: {\"inputs\": {...}}\n"
                 "\n"
                 "A parameter given twice becomes a list. --PROJECT_PATH=FILE loads a project first;\n"
                 "--ELLIPSOID=ID sets the ellipsoid for distance calculations.\n"
                 "Progress and log lines go to stderr; the results, as JSON, to stdout.\n"
                 "Exit code: 0 success, 1 the algorithm failed, 2 wrong usage.\n";
  }

  //! Prints progress as qgis_process does ("0...10...20...") and messages on stderr.
  class StderrFeedback : public QgsProcessingFeedback
  {
    public:
      StderrFeedback()
      {
        connect( this, &QgsFeedback::progressChanged, this, [this]( double progress )
                 {
          const int tenth = static_cast<int>( progress / 10 );
          while ( mLastTenth < tenth && mLastTenth < 10 )
          {
            ++mLastTenth;
            std::cerr << mLastTenth * 10 << ( mLastTenth == 10 ? "\n" : "..." );
            mMidLine = mLastTenth < 10;
          }
          std::cerr.flush(); } );
      }
      void setProgressText( const QString &text ) override
      {
        print( text );
        QgsProcessingFeedback::setProgressText( text );
      }
      void reportError( const QString &error, bool fatalError ) override
      {
        print( QStringLiteral( "ERROR: " ) + error );
        QgsProcessingFeedback::reportError( error, fatalError );
      }
      void pushWarning( const QString &warning ) override
      {
        print( QStringLiteral( "WARNING: " ) + warning );
        QgsProcessingFeedback::pushWarning( warning );
      }
      void pushInfo( const QString &info ) override
      {
        print( info );
        QgsProcessingFeedback::pushInfo( info );
      }
      void pushCommandInfo( const QString &info ) override
      {
        print( info );
        QgsProcessingFeedback::pushCommandInfo( info );
      }
      void pushDebugInfo( const QString &info ) override { QgsProcessingFeedback::pushDebugInfo( info ); }
      void pushConsoleInfo( const QString &info ) override
      {
        print( info );
        QgsProcessingFeedback::pushConsoleInfo( info );
      }

    private:
      void print( const QString &line )
      {
        if ( mMidLine )
          std::cerr << "\n";
        mMidLine = false;
        std::cerr << line.toStdString() << std::endl;
      }
      int mLastTenth = -1;
      bool mMidLine = false; //!< Progress ticks were printed without a line end.
  };

  //! The algorithm for an id ("placegap:deprivationquantiles") or a .model3 file.
  std::unique_ptr<QgsProcessingAlgorithm> algorithmFor( const QString &idOrModel, QString &error )
  {
    if ( idOrModel.endsWith( QLatin1String( ".model3" ), Qt::CaseInsensitive ) || QFileInfo( idOrModel ).isFile() )
    {
      if ( !QFileInfo( idOrModel ).isFile() )
      {
        error = QStringLiteral( "Model file '%1' does not exist." ).arg( idOrModel );
        return nullptr;
      }
      auto model = std::make_unique<QgsProcessingModelAlgorithm>();
      if ( !model->fromFile( idOrModel ) )
      {
        error = QStringLiteral( "'%1' is not a Processing model (.model3) that QGIS can read." ).arg( idOrModel );
        return nullptr;
      }
      return model;
    }
    std::unique_ptr<QgsProcessingAlgorithm> algorithm( QgsApplication::processingRegistry()->createAlgorithmById( idOrModel ) );
    if ( !algorithm )
      error = QStringLiteral( "No algorithm '%1'. 'placegap_process list' shows the ids." ).arg( idOrModel );
    return algorithm;
  }

  int listAlgorithms( bool asJson )
  {
    QJsonObject providers;
    QTextStream out( stdout );
    for ( const QgsProcessingProvider *provider : QgsApplication::processingRegistry()->providers() )
    {
      QJsonArray algorithms;
      if ( !asJson )
        out << provider->name() << " (" << provider->id() << ")\n";
      QList<const QgsProcessingAlgorithm *> sorted = provider->algorithms();
      std::sort( sorted.begin(), sorted.end(), []( const QgsProcessingAlgorithm *a, const QgsProcessingAlgorithm *b )
                 { return a->id() < b->id(); } );
      for ( const QgsProcessingAlgorithm *algorithm : sorted )
      {
        if ( asJson )
          algorithms.append( QJsonObject { { "id", algorithm->id() }, { "name", algorithm->displayName() }, { "group", algorithm->group() } } );
        else
          out << "\t" << algorithm->id() << "\t" << algorithm->displayName() << "\n";
      }
      if ( asJson )
        providers.insert( provider->id(), QJsonObject { { "name", provider->name() }, { "version", provider->versionInfo() }, { "algorithms", algorithms } } );
    }
    if ( asJson )
      out << QJsonDocument( QJsonObject { { "providers", providers } } ).toJson( QJsonDocument::Indented );
    return Success;
  }

  int showHelp( const QString &idOrModel )
  {
    QString error;
    const std::unique_ptr<QgsProcessingAlgorithm> algorithm = algorithmFor( idOrModel, error );
    if ( !algorithm )
    {
      printError( error );
      return Failed;
    }
    QTextStream out( stdout );
    out << algorithm->displayName() << " (" << algorithm->id() << ")\n\n";
    const QString help = algorithm->shortHelpString();
    out << ( help.isEmpty() ? algorithm->shortDescription() : help ) << "\n\n";
    // The page the dialog's Help button opens, for readers without the dialog.
    if ( !algorithm->helpUrl().isEmpty() )
      out << PlaceGap::tr( "Full documentation: %1" ).arg( algorithm->helpUrl() ) << "\n\n";
    out << "----------------\nArguments\n----------------\n\n";
    for ( const QgsProcessingParameterDefinition *parameter : algorithm->parameterDefinitions() )
    {
      if ( parameter->flags() & placegap::compat::PARAMETER_HIDDEN )
        continue;
      out << parameter->name() << ": " << parameter->description();
      if ( parameter->flags() & placegap::compat::PARAMETER_OPTIONAL )
        out << " (optional)";
      out << "\n\tArgument type:\t" << parameter->type() << "\n";
      if ( parameter->defaultValue().isValid() )
        out << "\tDefault value:\t" << parameter->defaultValue().toString() << "\n";
      if ( const QgsProcessingParameterEnum *enumParameter = dynamic_cast<const QgsProcessingParameterEnum *>( parameter ) )
      {
        out << "\tAvailable values:\n";
        const QStringList options = enumParameter->options();
        for ( int i = 0; i < options.size(); ++i )
          out << "\t\t- " << i << ": " << options.at( i ) << "\n";
      }
    }
    out << "\n----------------\nOutputs\n----------------\n\n";
    for ( const QgsProcessingOutputDefinition *output : algorithm->outputDefinitions() )
      out << output->name() << ": <" << output->type() << ">\n\t" << output->description() << "\n";
    return Success;
  }

  //! QVariant values as JSON (layers and other objects as their string form).
  QJsonValue toJson( const QVariant &value )
  {
    const QJsonValue json = QJsonValue::fromVariant( value );
    if ( json.isNull() && value.isValid() && !value.isNull() )
      return QJsonValue( value.toString() );
    return json;
  }

  //! JSON has only doubles; Processing wants 2, not 2.0, for enums, integers and indices.
  QVariant fromJson( const QJsonValue &value )
  {
    if ( value.isDouble() )
    {
      const double number = value.toDouble();
      if ( std::floor( number ) == number && std::abs( number ) < 2147483647.0 )
        return static_cast<int>( number );
      return number;
    }
    if ( value.isArray() )
    {
      QVariantList list;
      for ( const QJsonValue &item : value.toArray() )
        list << fromJson( item );
      return list;
    }
    return value.toVariant();
  }

  //! What a run is asked for: its parameters, and the project and ellipsoid it runs with.
  struct RunRequest
  {
      QVariantMap inputs;
      QString projectPath;
      QString ellipsoid;
  };

  //! The request as JSON on stdin ({"inputs": {...}, "project_path": ..., "ellipsoid": ...}), as qgis_process reads it.
  bool requestFromStdin( RunRequest &request )
  {
    QFile input;
    if ( !input.open( stdin, QIODevice::ReadOnly ) )
    {
      printError( QStringLiteral( "Cannot read parameters from stdin." ) );
      return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson( input.readAll(), &parseError );
    if ( !document.isObject() || !document.object().value( "inputs" ).isObject() )
    {
      printError( parseError.error != QJsonParseError::NoError ? QStringLiteral( "Parameters on stdin are not valid JSON: %1." ).arg( parseError.errorString() ) : QStringLiteral( "Parameters on stdin must be a JSON object with an \"inputs\" object." ) );
      return false;
    }
    const QJsonObject inputsJson = document.object().value( "inputs" ).toObject();
    for ( auto it = inputsJson.constBegin(); it != inputsJson.constEnd(); ++it )
      request.inputs.insert( it.key(), fromJson( it.value() ) );
    request.projectPath = document.object().value( "project_path" ).toString();
    request.ellipsoid = document.object().value( "ellipsoid" ).toString();
    return true;
  }

  //! The request as --PARAM=VALUE arguments; a parameter given twice is a list.
  bool requestFromArguments( const QStringList &arguments, RunRequest &request )
  {
    for ( const QString &argument : arguments )
    {
      const int equals = argument.indexOf( '=' );
      if ( !argument.startsWith( QLatin1String( "--" ) ) || equals < 3 )
      {
        printError( QStringLiteral( "Argument '%1' is not of the form --PARAM=VALUE." ).arg( argument ) );
        return false;
      }
      const QString name = argument.mid( 2, equals - 2 );
      const QString value = argument.mid( equals + 1 );
      if ( name == QLatin1String( "PROJECT_PATH" ) )
        request.projectPath = value;
      else if ( name == QLatin1String( "ELLIPSOID" ) )
        request.ellipsoid = value;
      else if ( request.inputs.contains( name ) )
      {
        QStringList values = request.inputs.value( name ).toStringList();
        values << value;
        request.inputs.insert( name, values );
      }
      else
        request.inputs.insert( name, value );
    }
    return true;
  }

  //! Prints the run as qgis_process does: the algorithm, its inputs and results, and the versions.
  void printResults( const QgsProcessingAlgorithm &algorithm, const QVariantMap &inputs, const QVariantMap &results )
  {
    QJsonObject inputsJson;
    for ( auto it = inputs.constBegin(); it != inputs.constEnd(); ++it )
      inputsJson.insert( it.key(), toJson( it.value() ) );
    QJsonObject resultsJson;
    for ( auto it = results.constBegin(); it != results.constEnd(); ++it )
      resultsJson.insert( it.key(), toJson( it.value() ) );
    const QJsonObject document {
        { "algorithm", algorithm.id() },
        { "inputs", inputsJson },
        { "results", resultsJson },
        { "placegap_version", PLACEGAP_VERSION },
        { "qgis_version", Qgis::version() },
    };
    QTextStream( stdout ) << QJsonDocument( document ).toJson( QJsonDocument::Indented );
  }

  int runAlgorithm( const QString &idOrModel, const QStringList &arguments )
  {
    RunRequest request;
    const bool read = arguments == QStringList { QStringLiteral( "-" ) } ? requestFromStdin( request ) : requestFromArguments( arguments, request );
    if ( !read )
      return BadUsage;
    const QVariantMap &inputs = request.inputs;
    QString error;
    const std::unique_ptr<QgsProcessingAlgorithm> algorithm = algorithmFor( idOrModel, error );
    if ( !algorithm )
    {
      printError( error );
      return Failed;
    }
    for ( auto it = inputs.constBegin(); it != inputs.constEnd(); ++it )
    {
      if ( !algorithm->parameterDefinition( it.key() ) )
      {
        printError( QStringLiteral( "%1 has no parameter '%2'. 'placegap_process help %3' lists them." ).arg( algorithm->id(), it.key(), idOrModel ) );
        return BadUsage;
      }
    }

    if ( !request.projectPath.isEmpty() && !QgsProject::instance()->read( request.projectPath ) )
    {
      printError( QStringLiteral( "Cannot read project '%1': %2" ).arg( request.projectPath, QgsProject::instance()->error() ) );
      return Failed;
    }
    QgsProcessingContext context;
    context.setProject( QgsProject::instance() );
    if ( !request.ellipsoid.isEmpty() )
      context.setEllipsoid( request.ellipsoid );
    StderrFeedback feedback;
    placegap::stoponsignal::watch( &feedback );
    struct Unwatch
    {
        ~Unwatch() { placegap::stoponsignal::watch( nullptr ); }
    } unwatch;

    QString message;
    if ( !algorithm->checkParameterValues( inputs, context, &message ) )
    {
      printError( message.isEmpty() ? QStringLiteral( "The parameter values are not valid for %1." ).arg( algorithm->id() ) : message );
      return Failed;
    }

    QVariantMap results;
    bool ok = false;
    try
    {
      results = algorithm->run( inputs, context, &feedback, &ok, QVariantMap(), false );
    }
    catch ( QgsProcessingException &e )
    {
      printError( e.what() );
      return Failed;
    }
    if ( !ok )
    {
      printError( feedback.isCanceled() ? QStringLiteral( "Cancelled." ) : QStringLiteral( "%1 failed; see the log above." ).arg( algorithm->id() ) );
      return Failed;
    }

    printResults( *algorithm, inputs, results );
    return Success;
  }
} // namespace

int main( int argc, char *argv[] )
{
  // Before any thread starts: a stop signal cancels the run, so its outputs are cleaned up.
  placegap::stoponsignal::install();

  // Headless: no display needed, as with qgis_process.
  if ( qgetenv( "QT_QPA_PLATFORM" ).isEmpty() )
    qputenv( "QT_QPA_PLATFORM", "offscreen" );

  // QGIS's prefix before QGIS starts, which then keeps it: set afterwards, QGIS had to start
  // again (a second init(), 0.05 s of every run).
  const QByteArray prefix = qgetenv( "QGIS_PREFIX_PATH" );
  QgsApplication::setPrefixPath( prefix.isEmpty() ? QStringLiteral( PLACEGAP_QGIS_PREFIX ) : QString::fromLocal8Bit( prefix ), true );
  QgsApplication app( argc, argv, false, QString(), QStringLiteral( "placegap_process" ) );
  QStringList arguments = QCoreApplication::arguments().mid( 1 );
  placegap::qgisstart::start( placegap::qgisstart::needsPlugins( arguments ) );

  if ( arguments.isEmpty() || arguments.first() == QLatin1String( "--help" ) || arguments.first() == QLatin1String( "-h" ) )
  {
    printUsage();
    return arguments.isEmpty() ? BadUsage : Success;
  }

  // Installed as <prefix>/bin/placegap_process beside <prefix>/share/placegap.
  placegap::installed::setDataDirectory( QDir::cleanPath( QCoreApplication::applicationDirPath() + QStringLiteral( "/../share/placegap" ) ) );
  // The natives first, as QGIS has them; for a run of a PlaceGap algorithm, only if it needs them.
  const bool placeGapRun = placegap::qgisstart::isPlaceGapRun( arguments );
  if ( !placeGapRun )
    QgsApplication::processingRegistry()->addProvider( new QgsNativeAlgorithms( QgsApplication::processingRegistry() ) );
  QgsApplication::processingRegistry()->addProvider( new PlaceGapProvider( QgsApplication::processingRegistry() ) );
  if ( placeGapRun && placegap::qgisstart::needsNativeAlgorithms( arguments ) )
    QgsApplication::processingRegistry()->addProvider( new QgsNativeAlgorithms( QgsApplication::processingRegistry() ) );

  const QString command = arguments.takeFirst();
  int code = BadUsage;
  if ( command == QLatin1String( "list" ) && ( arguments.isEmpty() || arguments == QStringList { QStringLiteral( "--json" ) } ) )
    code = listAlgorithms( !arguments.isEmpty() );
  else if ( command == QLatin1String( "help" ) && arguments.size() == 1 )
    code = showHelp( arguments.first() );
  else if ( command == QLatin1String( "run" ) && !arguments.isEmpty() )
    code = runAlgorithm( arguments.first(), arguments.mid( 1 ) );
  else
  {
    printError( QStringLiteral( "Unknown command or wrong arguments: %1" ).arg( QCoreApplication::arguments().mid( 1 ).join( ' ' ) ) );
    printUsage();
  }

  // Stopped by a signal: the shell's convention, 128 + its number (143 for SIGTERM, 130 for Ctrl+C).
  if ( placegap::stoponsignal::received() != 0 )
    code = 128 + placegap::stoponsignal::received();
  // Everything the run wrote is closed by now: each output committed, the graph cache's writes
  // finished, the layers it opened closed with its context. QGIS's teardown and the libraries'
  // destructors would only free memory the process hands back whole (0.03 s of a 0.5 s run).
  std::cout.flush();
  std::cerr.flush();
  std::fflush( nullptr );
  std::_Exit( code );
}
