/***************************************************************************
  placegapalgorithmservicecoverage.h - placegap:servicecoverage
 ***************************************************************************/
#ifndef PLACEGAPALGORITHMSERVICECOVERAGE_H
#define PLACEGAPALGORITHMSERVICECOVERAGE_H

#include "placegapnetworkalgorithmbase.h"

/**
 * Cumulative opportunities: for each origin, the number (or summed capacity) of services
 * reachable within one or more travel time thresholds.
 */
class PlaceGapServiceCoverageAlgorithm : public PlaceGapNetworkAlgorithmBase
{
  public:
    //! Output field names, a public API: never rename. FIELD_WITHIN_PREFIX is followed by the minutes ("within_15").
    static const QString FIELD_WITHIN_PREFIX;
    static const QString FIELD_NEAREST_MINUTES;

    //! Output field of a threshold: "within_15", "within_7_5".
    static QString withinFieldName( double minutes );

    QString name() const override;
    QString displayName() const override;
    QStringList tags() const override;
    QString shortHelpString() const override;
    QString shortDescription() const override;
    PlaceGapServiceCoverageAlgorithm *createInstance() const override;
    bool checkParameterValues( const QVariantMap &parameters, QgsProcessingContext &context, QString *message = nullptr ) const override;

  protected:
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
    QVariantMap processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;

  private:
    //! The services' capacities (CAPACITY_FIELD) in service order; empty without the field: each counts 1.
    std::vector<double> serviceCapacities( const QVariantMap &parameters, QgsProcessingContext &context, const std::vector<Site> &services, PlaceGapFeatureWarnings &warnings ) const;
    //! An origin's added fields: the services (or capacity) within each threshold, then its nearest service's minutes; NULLs for an unusable origin.
    static QgsAttributes coverageValues( bool usable, const std::vector<placegap::Reach> &reaches, const std::vector<double> &thresholdSeconds, const std::vector<double> &capacity, double nearestSeconds );
    /**
     * Seconds to each origin's nearest service, however far: from its reaches within the largest
     * threshold, else from a second search stopped at the first service; NaN where none is reached.
     */
    static std::vector<double> nearestServiceSeconds( const Network &network, const std::vector<Site> &origins, const std::vector<std::vector<placegap::Reach>> &reaches, const placegap::TravelTimeEngine &engine, QgsProcessingFeedback *feedback );
};

#endif // PLACEGAPALGORITHMSERVICECOVERAGE_H
