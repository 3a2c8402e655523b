/***************************************************************************
  placegapalgorithmcostsurfacetraveltime.h - placegap:costsurfacetraveltime
 ***************************************************************************/
#ifndef PLACEGAPALGORITHMCOSTSURFACETRAVELTIME_H
#define PLACEGAPALGORITHMCOSTSURFACETRAVELTIME_H

#include "costsurface.h"
#include "placegapnetworkalgorithmbase.h"

#include <memory>

class PlaceGapFeatureWarnings;

/**
 * Travel time to the nearest service without a road network: a cost surface over land cells
 * (AccessMod's and GRASS r.cost's way), ferries as links between their terminals' cells, the
 * same Dijkstra search as the network algorithms. Writes the nearest service per origin in
 * nearestservice's fields and a raster of minutes to the nearest service.
 */
class PlaceGapCostSurfaceTravelTimeAlgorithm : public PlaceGapNetworkAlgorithmBase
{
  public:
    //! The FERRY_TIMING parameter's public values.
    enum Timing
    {
      Timetabled = 0,
      CrossingOnly = 1,
      AverageWait = 2,
    };

    QString name() const override;
    QString displayName() const override;
    QStringList tags() const override;
    QString shortHelpString() const override;
    QString shortDescription() const override;
    PlaceGapCostSurfaceTravelTimeAlgorithm *createInstance() const override;
    bool checkParameterValues( const QVariantMap &parameters, QgsProcessingContext &context, QString *message = nullptr ) const override;

  protected:
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
    QVariantMap processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;

  private:
    //! The grid of one run, its CRS and its ferries.
    struct Surface
    {
        placegap::CostGrid grid;
        QgsCoordinateReferenceSystem crs;
        std::unique_ptr<placegap::FerryTimetable> timetable; //!< As sailed; null without a timetable.
        int dayOfWeek = 0;
        double departClock = 0;
    };
    //! A site joined to a land cell.
    struct GridSite
    {
        QgsFeatureId featureId = FID_NULL;
        QVariant id;
        placegap::NodeId cell = placegap::NO_ID;
        double snapMetres = 0;
    };

    //! Why the inputs cannot be used, or an empty string.
    QString inputProblem( const QVariantMap &parameters, QgsProcessingContext &context ) const;
    //! The grid's frame (CRS, extent, size), refused when it would need more cells than allowed.
    void frameGrid( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback, Surface &surface ) const;
    //! Land cells, each with the seconds a metre takes there.
    void costCells( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback, PlaceGapFeatureWarnings &warnings, Surface &surface ) const;
    //! Speeds (km/h) of the land cells from SPEED_LAYER or SPEED_RASTER; empty when neither is given.
    std::vector<float> cellSpeeds( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback, PlaceGapFeatureWarnings &warnings, const Surface &surface ) const;
    std::vector<float> rasterSpeeds( const QVariantMap &parameters, QgsProcessingContext &context, const Surface &surface ) const;
    //! The timetable's sailings between the cells of their terminals.
    void loadFerries( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback, PlaceGapFeatureWarnings &warnings, Surface &surface ) const;
    //! The sites of a layer joined to land cells, with warnings for those moved off the sea or left out.
    std::vector<GridSite> loadSites( const QVariantMap &parameters, const QString &sourceId, const QString &idFieldId, const Surface &surface, QgsProcessingContext &context, PlaceGapFeatureWarnings &warnings, const QString &what ) const;
    //! The nearest-service surface with ferries costed by timing, with progress from progressFrom to progressTo %; empty when canceled.
    placegap::NearestServiceSurface surfaceOf( const Surface &surface, const std::vector<placegap::NodeId> &serviceCells, placegap::FerryTiming timing, QgsProcessingFeedback *feedback, double progressFrom, double progressTo ) const;
    //! Each origin's journey leaving at DEPART_AT, ferries as timetabled; empty when canceled.
    std::vector<placegap::GridJourney> timetabledJourneys( const Surface &surface, const std::vector<GridSite> &origins, const std::vector<placegap::NodeId> &serviceCells, QgsProcessingFeedback *feedback ) const;
    //! Writes the nearest service per origin; returns the destination.
    QString writeNearest( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback, const Surface &surface, const std::vector<GridSite> &origins, const std::vector<GridSite> &services, const std::vector<placegap::GridJourney> &journeys ) const;
    //! Writes the minutes raster of the surface.
    void writeMinutesRaster( const QString &file, const Surface &surface, const placegap::NearestServiceSurface &nearest ) const;
};

#endif // PLACEGAPALGORITHMCOSTSURFACETRAVELTIME_H
