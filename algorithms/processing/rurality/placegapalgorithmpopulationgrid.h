/***************************************************************************
  placegapalgorithmpopulationgrid.h - placegap:populationgrid
 ***************************************************************************/
#ifndef PLACEGAPALGORITHMPOPULATIONGRID_H
#define PLACEGAPALGORITHMPOPULATIONGRID_H

#include "placegapruralityalgorithm.h"

/**
 * A population grid made from areas with a population (data zones, output areas): each area's
 * people spread evenly over its area and summed per square cell, for methods defined on a grid
 * such as the Degree of Urbanisation when no census grid is at hand.
 */
class PlaceGapPopulationGridAlgorithm : public PlaceGapRuralityAlgorithm
{
  public:
    QString name() const override;
    QString displayName() const override;
    QStringList tags() const override;
    QString shortHelpString() const override;
    QString shortDescription() const override;
    PlaceGapPopulationGridAlgorithm *createInstance() const override;
    bool checkParameterValues( const QVariantMap &parameters, QgsProcessingContext &context, QString *message = nullptr ) const override;

  protected:
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
    QVariantMap processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;

  private:
    //! Why the areas cannot be used, or empty.
    QString inputProblem( const QVariantMap &parameters, QgsProcessingContext &context ) const;
};

#endif // PLACEGAPALGORITHMPOPULATIONGRID_H
