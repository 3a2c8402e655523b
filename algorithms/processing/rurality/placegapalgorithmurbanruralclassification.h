/***************************************************************************
  placegapalgorithmurbanruralclassification.h - placegap:urbanruralclassification
 ***************************************************************************/
#ifndef PLACEGAPALGORITHMURBANRURALCLASSIFICATION_H
#define PLACEGAPALGORITHMURBANRURALCLASSIFICATION_H

#include "placegapnetworkalgorithmbase.h"

/**
 * The Scottish Government Urban Rural Classification (8, 6, 3 and 2-fold) of features from
 * the settlement each falls in and its drive time over the road and ferry network to the
 * nearest settlement of 10,000 people or more.
 */
class PlaceGapUrbanRuralClassificationAlgorithm : public PlaceGapNetworkAlgorithmBase
{
  public:
    //! Output field names, a public API: never rename.
    static const QString FIELD_UR8_CODE;
    static const QString FIELD_UR8_NAME;
    static const QString FIELD_UR6_CODE;
    static const QString FIELD_UR6_NAME;
    static const QString FIELD_UR3_CODE;
    static const QString FIELD_UR3_NAME;
    static const QString FIELD_UR2_CODE;
    static const QString FIELD_UR2_NAME;
    static const QString FIELD_SETTLEMENT_ID;
    static const QString FIELD_SETTLEMENT_POPULATION;
    static const QString FIELD_DRIVE_MINUTES;
    static const QString FIELD_DRIVE_TO;
    //! With POPULATION_POINTS: the population of the points in the feature, and the % of it in the class given.
    static const QString FIELD_POINTS_POPULATION;
    static const QString FIELD_MAJORITY_PERCENT;
    // With a ferry timetable: the class under static ferry timings.
    static const QString FIELD_DRIVE_MINUTES_CROSSING;
    static const QString FIELD_DRIVE_MINUTES_AVERAGE_WAIT;
    static const QString FIELD_UR8_CROSSING;
    static const QString FIELD_UR8_AVERAGE_WAIT;
    static const QString FIELD_FERRY_SENSITIVE;

    QString name() const override;
    QString displayName() const override;
    QString group() const override;
    QString groupId() const override;
    QStringList tags() const override;
    QString shortHelpString() const override;
    QString shortDescription() const override;
    PlaceGapUrbanRuralClassificationAlgorithm *createInstance() const override;
    bool checkParameterValues( const QVariantMap &parameters, QgsProcessingContext &context, QString *message = nullptr ) const override;

  protected:
    QString documentationPage() const override { return QStringLiteral( "rurality" ); }
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
    QVariantMap processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;

  private:
    //! Why the settlement and feature layers or the thresholds cannot be used, or empty.
    QString layerProblem( const QVariantMap &parameters, QgsProcessingContext &context ) const;

    //! One run: the settlements, the drive times and the classes of points (defined in the .cpp).
    class Run;
};

#endif // PLACEGAPALGORITHMURBANRURALCLASSIFICATION_H
