/***************************************************************************
  placegapalgorithmtraveltimematrix.h - placegap:traveltimematrix
 ***************************************************************************/
#ifndef PLACEGAPALGORITHMTRAVELTIMEMATRIX_H
#define PLACEGAPALGORITHMTRAVELTIMEMATRIX_H

#include "placegapnetworkalgorithmbase.h"

/**
 * Origin x destination table of travel minutes and km over a road (and ferry) network,
 * optionally only the k nearest destinations or those within a cut-off.
 */
class PlaceGapTravelTimeMatrixAlgorithm : public PlaceGapNetworkAlgorithmBase
{
  public:
    QString name() const override;
    QString displayName() const override;
    QStringList tags() const override;
    QString shortHelpString() const override;
    QString shortDescription() const override;
    PlaceGapTravelTimeMatrixAlgorithm *createInstance() const override;
    bool checkParameterValues( const QVariantMap &parameters, QgsProcessingContext &context, QString *message = nullptr ) const override;

  protected:
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
    QVariantMap processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;
};

#endif // PLACEGAPALGORITHMTRAVELTIMEMATRIX_H
