/***************************************************************************
  placegapsampleprojectsdialog.h - choose a teaching project by its title
 ***************************************************************************/
#ifndef PLACEGAPSAMPLEPROJECTSDIALOG_H
#define PLACEGAPSAMPLEPROJECTSDIALOG_H

#include "placegapinstalleddata.h"

#include <QDialog>

class QListWidget;

/**
 * Lists the installed teaching projects by title, each with a line saying what it shows (the
 * whole first paragraph as a tooltip), and says where the sample data they open lies.
 */
class PlaceGapSampleProjectsDialog : public QDialog
{
    Q_OBJECT

  public:
    PlaceGapSampleProjectsDialog( const QList<placegap::installed::SampleProject> &projects, const QString &geoPackage, QWidget *parent = nullptr );

    //! The chosen project's .qgs file; empty when none is chosen.
    QString chosenPath() const;

  private:
    QListWidget *mList = nullptr;
};

#endif // PLACEGAPSAMPLEPROJECTSDIALOG_H
