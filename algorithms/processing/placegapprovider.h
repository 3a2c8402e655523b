/***************************************************************************
  placegapprovider.h - the "placegap" Processing provider
 ***************************************************************************/
#ifndef PLACEGAPPROVIDER_H
#define PLACEGAPPROVIDER_H

#include "qgsprocessingprovider.h"

/**
 * The PlaceGap Processing provider (id "placegap"): deprivation and attainment overlays,
 * rurality classification and service accessibility algorithms.
 */
class PlaceGapProvider : public QgsProcessingProvider
{
    Q_OBJECT

  public:
    explicit PlaceGapProvider( QObject *parent = nullptr );

    QIcon icon() const override;
    QString svgIconPath() const override;
    QString id() const override;
    QString helpId() const override;
    QString name() const override;
    QString longName() const override;
    QString versionInfo() const override;
    bool supportsNonFileBasedOutput() const override;

    /**
     * Path of a file shipped with PlaceGap (e.g. "README.md", "sample-projects"): in the
     * installed data folder, else in the source tree when run from a build folder; empty
     * when neither has it.
     */
    static QString dataPath( const QString &relativePath );

    /**
     * Sets the installed data folder (<prefix>/share/placegap) found at run time from where
     * the plugin library or the runner sits, so an install with another --prefix than the
     * configured one still finds its README, styles and sample projects.
     */
    static void setInstalledDataDirectory( const QString &directory );

    /**
     * URL of the PlaceGap documentation (the installed README, or the source tree's when run
     * from a build folder), optionally at an anchor such as "placegapdeprivationquantiles".
     */
    static QString documentationUrl( const QString &anchor = QString() );

    //! Group names shared by the algorithms of each family.
    static QString groupDeprivationAttainment();
    static QString groupRurality();
    static QString groupServiceAccessibility();
    static QString groupSampleData();

  protected:
    void loadAlgorithms() override;
};

#endif // PLACEGAPPROVIDER_H
