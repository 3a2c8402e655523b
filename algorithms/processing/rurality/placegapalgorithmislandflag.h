/***************************************************************************
  placegapalgorithmislandflag.h - placegap:islandflag
 ***************************************************************************/
#ifndef PLACEGAPALGORITHMISLANDFLAG_H
#define PLACEGAPALGORITHMISLANDFLAG_H

#include "placegapnetworkalgorithmbase.h"

/**
 * Flags features on islands without a fixed road link to the mainland (the parts of the road
 * network joined without ferries) and their travel time to the mainland over roads and ferries.
 */
class PlaceGapIslandFlagAlgorithm : public PlaceGapNetworkAlgorithmBase
{
  public:
    //! Output field names, a public API: never rename.
    static const QString FIELD_ON_ISLAND;
    static const QString FIELD_PART;
    static const QString FIELD_PART_ROAD_KM;
    static const QString FIELD_MAINLAND_MINUTES;
    // With a ferry timetable.
    static const QString FIELD_SAILINGS_PER_DAY;
    static const QString FIELD_MAINLAND_ARRIVE_AT;

    QString name() const override;
    QString displayName() const override;
    QString group() const override;
    QString groupId() const override;
    QStringList tags() const override;
    QString shortHelpString() const override;
    QString shortDescription() const override;
    PlaceGapIslandFlagAlgorithm *createInstance() const override;
    bool checkParameterValues( const QVariantMap &parameters, QgsProcessingContext &context, QString *message = nullptr ) const override;

  protected:
    QString documentationPage() const override { return QStringLiteral( "rurality" ); }
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
    QVariantMap processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;

  private:
    //! Why the parameters cannot be used (beyond the network's), or empty.
    QString layerProblem( const QVariantMap &parameters, QgsProcessingContext &context ) const;
};

#endif // PLACEGAPALGORITHMISLANDFLAG_H
