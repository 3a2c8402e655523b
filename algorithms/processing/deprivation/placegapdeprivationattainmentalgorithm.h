/***************************************************************************
  placegapdeprivationattainmentalgorithm.h - base of the deprivation and attainment family
 ***************************************************************************/
#ifndef PLACEGAPDEPRIVATIONATTAINMENTALGORITHM_H
#define PLACEGAPDEPRIVATIONATTAINMENTALGORITHM_H

#include "placegapalgorithm.h"

#include <memory>

/**
 * What the algorithms of the "Deprivation and attainment" group share: the group, the icon,
 * a help link to the README section named after the algorithm id, and the refusal of an INPUT
 * layer that lacks what the algorithm needs, both before it runs and when it runs.
 */
class PlaceGapDeprivationAttainmentAlgorithm : public PlaceGapAlgorithm
{
  public:
    QString group() const override;
    QString groupId() const override;
    //! Refuses an INPUT layer for which inputProblem() names a problem.
    bool checkParameterValues( const QVariantMap &parameters, QgsProcessingContext &context, QString *message = nullptr ) const override;

  protected:
    QString documentationPage() const override { return QStringLiteral( "deprivation" ); }
    /**
     * Why the INPUT layer cannot be used with these parameters (missing or non-numeric fields,
     * clashing output names...), or an empty string. Algorithms with one input layer override it.
     */
    virtual QString inputProblem( const QgsFeatureSource &source, const QVariantMap &parameters, QgsProcessingContext &context ) const;

    //! The INPUT layer, checked by inputProblem(); throws QgsProcessingException when unusable.
    std::unique_ptr<QgsProcessingFeatureSource> checkedInput( const QVariantMap &parameters, QgsProcessingContext &context ) const;
};

#endif // PLACEGAPDEPRIVATIONATTAINMENTALGORITHM_H
