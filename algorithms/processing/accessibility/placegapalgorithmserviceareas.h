/***************************************************************************
  placegapalgorithmserviceareas.h - placegap:serviceareas
 ***************************************************************************/
#ifndef PLACEGAPALGORITHMSERVICEAREAS_H
#define PLACEGAPALGORITHMSERVICEAREAS_H

#include "placegapnetworkalgorithmbase.h"

/**
 * Polygons of the area reachable from each service within one or more travel times: the
 * reachable parts of the roads, buffered and dissolved.
 */
class PlaceGapServiceAreasAlgorithm : public PlaceGapNetworkAlgorithmBase
{
  public:
    //! Output field names, a public API: never rename.
    static const QString FIELD_SERVICE_ID;
    static const QString FIELD_BAND_MINUTES;
    static const QString FIELD_ROAD_KM;

    QString name() const override;
    QString displayName() const override;
    QStringList tags() const override;
    QString shortHelpString() const override;
    QString shortDescription() const override;
    PlaceGapServiceAreasAlgorithm *createInstance() const override;
    bool checkParameterValues( const QVariantMap &parameters, QgsProcessingContext &context, QString *message = nullptr ) const override;

  protected:
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
    QVariantMap processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;
};

#endif // PLACEGAPALGORITHMSERVICEAREAS_H
