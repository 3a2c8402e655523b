/***************************************************************************
  placegapplugin.h - the PlaceGap desktop plugin
 ***************************************************************************/
#ifndef PLACEGAPPLUGIN_H
#define PLACEGAPPLUGIN_H

#include "qgisplugin.h"

#include <QList>
#include <QObject>

class QAction;
class QgisInterface;

/**
 * A thin shell over the Processing provider: registers it and adds the PlaceGap menu on
 * load, and undoes exactly that on unload.
 */
class PlaceGapPlugin : public QObject, public QgisPlugin
{
    Q_OBJECT

  public:
    explicit PlaceGapPlugin( QgisInterface *iface );

    void initGui() override;
    void unload() override;

  private slots:
    void showHelp();
    void openSampleProject();
    //! Imports styles/placegap-style-library.xml into the user's style library.
    void loadStyles();

  private:
    QgisInterface *mIface = nullptr;
    QList<QAction *> mActions;
    bool mProviderAdded = false;
};

#endif // PLACEGAPPLUGIN_H
