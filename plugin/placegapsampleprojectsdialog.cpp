/***************************************************************************
  placegapsampleprojectsdialog.cpp - choose a teaching project by its title
 ***************************************************************************/
#include "placegapsampleprojectsdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

PlaceGapSampleProjectsDialog::PlaceGapSampleProjectsDialog( const QList<placegap::installed::SampleProject> &projects, const QString &geoPackage, QWidget *parent )
    : QDialog( parent )
{
  setWindowTitle( tr( "PlaceGap Sample Projects" ) );
  setObjectName( QStringLiteral( "PlaceGapSampleProjectsDialog" ) );
  auto *layout = new QVBoxLayout( this );
  layout->addWidget( new QLabel( tr( "Open a teaching project on the Northern Alliance sample data:" ) ) );

  mList = new QListWidget();
  mList->setWordWrap( true );
  mList->setAlternatingRowColors( true );
  for ( const placegap::installed::SampleProject &project : projects )
  {
    auto *item = new QListWidgetItem( project.summary.isEmpty() ? project.title : QStringLiteral( "%1\n%2" ).arg( project.title, project.summary ) );
    item->setData( Qt::UserRole, project.path );
    item->setToolTip( QStringLiteral( "<p><b>%1</b></p><p>%2</p>" ).arg( project.title.toHtmlEscaped(), project.description.toHtmlEscaped() ) );
    mList->addItem( item );
  }
  mList->setCurrentRow( 0 );
  layout->addWidget( mList );

  // The installed projects are opened as they are: a change is saved with Save As, elsewhere.
  auto *where = new QLabel( tr( "The projects open the sample data in %1, built from the published open data shipped with PlaceGap. Save your changes with <i>Project ▸ Save As…</i> in a folder of your own." ).arg( QDir::toNativeSeparators( geoPackage ).toHtmlEscaped() ) );
  where->setWordWrap( true );
  where->setTextInteractionFlags( Qt::TextSelectableByMouse );
  layout->addWidget( where );

  auto *buttons = new QDialogButtonBox( QDialogButtonBox::Open | QDialogButtonBox::Cancel );
  connect( buttons, &QDialogButtonBox::accepted, this, &QDialog::accept );
  connect( buttons, &QDialogButtonBox::rejected, this, &QDialog::reject );
  connect( mList, &QListWidget::itemDoubleClicked, this, &QDialog::accept );
  layout->addWidget( buttons );
  resize( 640, 380 );
}

QString PlaceGapSampleProjectsDialog::chosenPath() const
{
  const QListWidgetItem *item = mList->currentItem();
  return item ? item->data( Qt::UserRole ).toString() : QString();
}
