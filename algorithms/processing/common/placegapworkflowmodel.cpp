/***************************************************************************
  placegapworkflowmodel.cpp - a shipped Processing model, offered as a PlaceGap algorithm
 ***************************************************************************/
#include "placegapworkflowmodel.h"

#include "placegapinstalleddata.h"
#include "placegaptr.h"

#include <QFileInfo>
#include <QIcon>

#include <memory>

PlaceGapWorkflowModel *PlaceGapWorkflowModel::fromModelFile( const QString &path, QString *error )
{
  auto model = std::make_unique<PlaceGapWorkflowModel>();
  if ( !model->fromFile( path ) )
  {
    if ( error )
      *error = PlaceGap::tr( "The workflow model %1 cannot be read." ).arg( path );
    return nullptr;
  }
  model->setSourceFilePath( path );
  model->mId = QFileInfo( path ).completeBaseName().remove( '_' ).toLower();
  return model.release();
}

QString PlaceGapWorkflowModel::name() const
{
  return mId;
}

QString PlaceGapWorkflowModel::groupId() const
{
  return QStringLiteral( "workflows" );
}

QString PlaceGapWorkflowModel::group() const
{
  return PlaceGap::tr( "PlaceGap workflows" );
}

QIcon PlaceGapWorkflowModel::icon() const
{
  return QIcon( svgIconPath() );
}

QString PlaceGapWorkflowModel::svgIconPath() const
{
  return placegap::installed::iconPath();
}

QString PlaceGapWorkflowModel::shortHelpString() const
{
  return PlaceGap::tr( "%1\n\nA workflow model shipped with PlaceGap (%2): it runs here, in batch mode and with placegap_process. Open the file in the Model Designer to see or change its steps; the Help button opens its page." )
      .arg( helpContent().value( QStringLiteral( "ALG_DESC" ) ).toString(), QFileInfo( sourceFilePath() ).fileName() );
}

QString PlaceGapWorkflowModel::shortDescription() const
{
  const QString description = helpContent().value( QStringLiteral( "ALG_DESC" ) ).toString();
  return description.section( QStringLiteral( ": " ), 0, 0 ).section( QStringLiteral( ". " ), 0, 0 );
}

QString PlaceGapWorkflowModel::helpUrl() const
{
  return placegap::installed::documentationUrl( QStringLiteral( "docs/sampledata" ), QStringLiteral( "placegap" ) + mId );
}

bool PlaceGapWorkflowModel::canExecute( QString *errorMessage ) const
{
  const std::unique_ptr<QgsProcessingAlgorithm> fresh( create() );
  return fresh && fresh->canExecute( errorMessage );
}

QgsProcessingAlgorithm *PlaceGapWorkflowModel::createInstance() const
{
  auto *copy = new PlaceGapWorkflowModel();
  copy->loadVariant( toVariant() );
  copy->setSourceFilePath( sourceFilePath() );
  copy->mId = mId;
  return copy;
}
