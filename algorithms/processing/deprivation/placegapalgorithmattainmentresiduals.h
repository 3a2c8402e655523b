/***************************************************************************
  placegapalgorithmattainmentresiduals.h - placegap:attainmentresiduals
 ***************************************************************************/
#ifndef PLACEGAPALGORITHMATTAINMENTRESIDUALS_H
#define PLACEGAPALGORITHMATTAINMENTRESIDUALS_H

#include "placegapdeprivationattainmentalgorithm.h"

/**
 * Fits attainment on deprivation (optionally with a rurality class term) and flags areas or
 * schools whose attainment is clearly above or below what their deprivation predicts.
 */
class PlaceGapAttainmentResidualsAlgorithm : public PlaceGapDeprivationAttainmentAlgorithm
{
  public:
    //! Output field names, a public API: never rename.
    static const QString FIELD_EXPECTED;
    static const QString FIELD_RESIDUAL;
    static const QString FIELD_STANDARDISED;
    static const QString FIELD_FLAG;
    //! With COHORT_FIELD: the share's Wilson interval, the shrunk residual with its interval, and its rank with its interval.
    static const QString FIELD_WILSON_LOWER;
    static const QString FIELD_WILSON_UPPER;
    static const QString FIELD_SHRUNK;
    static const QString FIELD_SHRUNK_LOWER;
    static const QString FIELD_SHRUNK_UPPER;
    static const QString FIELD_RANK;
    static const QString FIELD_RANK_LOWER;
    static const QString FIELD_RANK_UPPER;
    //! The residual's interval (a suppressed or banded value's; equal ends for a published one) and the cell's status.
    static const QString FIELD_RESIDUAL_LOWER;
    static const QString FIELD_RESIDUAL_UPPER;
    static const QString FIELD_ATTAINMENT_STATUS;
    //! Values of FIELD_FLAG.
    static const QString FLAG_ABOVE;
    static const QString FLAG_BELOW;
    static const QString FLAG_AS_EXPECTED;
    static const QString FLAG_NOT_KNOWN; //!< an interval that allows more than one of the flags above

    QString name() const override;
    QString displayName() const override;
    QStringList tags() const override;
    QString shortHelpString() const override;
    QString shortDescription() const override;
    PlaceGapAttainmentResidualsAlgorithm *createInstance() const override;

  protected:
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
    QVariantMap processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;

  private:
    QString inputProblem( const QgsFeatureSource &source, const QVariantMap &parameters, QgsProcessingContext &context ) const override;

    //! One run: the features as read, the fit, the flags and the output (defined in the .cpp).
    class Run;
};

#endif // PLACEGAPALGORITHMATTAINMENTRESIDUALS_H
