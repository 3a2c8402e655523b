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
};

#endif // PLACEGAPALGORITHMSERVICECOVERAGE_H
