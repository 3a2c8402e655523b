/***************************************************************************
  placegapalgorithmislandflag.h - placegap:islandflag
 ***************************************************************************/
#ifndef PLACEGAPALGORITHMISLANDFLAG_H
#define PLACEGAPALGORITHMISLANDFLAG_H

#include "islands.h"
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
    //! The mainland's part: MAINLAND_POINT's, else the part with the most road (0).
    std::uint32_t mainlandPart( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback, const Network &network, const placegap::FixedLinkParts &parts ) const;
    //! Each feature's part and minutes to the mainland (0 on it; NULL when no ferry leads there, warned); false when canceled.
    static bool minutesToMainland( const Network &network, const placegap::FixedLinkParts &parts, std::uint32_t mainland, const std::vector<Site> &features, QgsProcessingFeedback *feedback, PlaceGapFeatureWarnings &warnings, std::vector<QVariant> &part, std::vector<QVariant> &minutes );
    static QgsFields outputFields( const QgsFields &featureFields, const Network &network );
    //! Per part, the day's sailings leaving it for another part (all 0 without a timetable).
    static std::vector<std::size_t> sailingsLeavingParts( const Network &network, const placegap::FixedLinkParts &parts );
    //! A feature's added fields from its part and minutes to the mainland (NULLs when it joins no part).
    static QgsAttributes flagValues( const Network &network, const placegap::FixedLinkParts &parts, std::uint32_t mainland, const std::vector<std::size_t> &sailingsFromPart, const QVariant &part, const QVariant &minutes );
};

#endif // PLACEGAPALGORITHMISLANDFLAG_H
