/***************************************************************************
  placegapprovider.h - the "placegap" Processing provider
 ***************************************************************************/
#ifndef PLACEGAPPROVIDER_H
#define PLACEGAPPROVIDER_H

#include "qgsprocessingprovider.h"

/**
 * The PlaceGap Processing provider (id "placegap"): deprivation and attainment overlays,
 * rurality classification and service accessibility algorithms. A registry only: it includes
 * the algorithms and no algorithm includes it (groups live in the family bases, installed
 * paths in placegapinstalleddata).
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
    //! GeoTIFF only: provenance is written as GeoTIFF tags and every raster is written by GDAL's GTiff driver.
    QStringList supportedOutputRasterLayerExtensions() const override;

  protected:
    void loadAlgorithms() override;

  private:
    //! The shipped workflow models (sample-projects/models/*.model3) as algorithms.
    void addWorkflowModels();
};

#endif // PLACEGAPPROVIDER_H
