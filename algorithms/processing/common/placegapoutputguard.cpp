/***************************************************************************
  placegapoutputguard.cpp - no partial output left behind when an algorithm fails
 ***************************************************************************/
#include "placegapoutputguard.h"

#include "placegapstagedfile.h"

#include "qgsprocessingcontext.h"
#include "qgsprocessingoutputs.h"
#include "qgsprocessingparameters.h"
#include "qgsvectorfilewriter.h"

#include <QFile>
#include <QFileInfo>

PlaceGapOutputGuard::PlaceGapOutputGuard( const QVariantMap &parameters, const QString &outputName, QgsProcessingContext &context )
{
  QVariant value = parameters.value( outputName );
  if ( value.canConvert<QgsProcessingOutputLayerDefinition>() )
    value = value.value<QgsProcessingOutputLayerDefinition>().sink.valueAsString( context.expressionContext(), value.toString() );
  // "file.gpkg|layername=x" names a layer inside a file; the file is what may be left behind.
  const QString path = value.toString().section( '|', 0, 0 );
  const bool isFile = !path.startsWith( QLatin1String( "memory:" ) ) && !path.contains( QLatin1String( "://" ) ) && !QFileInfo( path ).suffix().isEmpty();
  if ( isFile && !QFileInfo::exists( path ) )
    mNewFile = QFileInfo( path ).absoluteFilePath();
}

PlaceGapOutputGuard::PlaceGapOutputGuard( const QString &filePath )
{
  if ( !filePath.isEmpty() && !QFileInfo::exists( filePath ) )
    mNewFile = QFileInfo( filePath ).absoluteFilePath();
}

PlaceGapOutputGuard::~PlaceGapOutputGuard()
{
  if ( mKeep || mNewFile.isEmpty() || !QFileInfo::exists( mNewFile ) )
    return;
  if ( mNewFile.endsWith( QLatin1String( ".shp" ), Qt::CaseInsensitive ) )
    QgsVectorFileWriter::deleteShapeFile( mNewFile );
  else
    QFile::remove( mNewFile );
  for ( const QString &sidecar : placegap::files::sidecarSuffixes() )
    QFile::remove( mNewFile + sidecar );
}
