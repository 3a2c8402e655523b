/***************************************************************************
  placegapruralityalgorithm.h - base of the rurality family
 ***************************************************************************/
#ifndef PLACEGAPRURALITYALGORITHM_H
#define PLACEGAPRURALITYALGORITHM_H

#include "placegapalgorithm.h"

/**
 * What the algorithms of the "Rurality" group share: the group (help, icon and provenance come
 * from PlaceGapAlgorithm). The two rurality algorithms that read a
 * road network (urban-rural classification, island flag) take the network parameters from the
 * network base and their group from familyGroup() and familyGroupId().
 */
class PlaceGapRuralityAlgorithm : public PlaceGapAlgorithm
{
  public:
    //! The family's group name and id, a public API: never rename the id.
    static QString familyGroup();
    static QString familyGroupId();

    QString group() const override { return familyGroup(); }
    QString groupId() const override { return familyGroupId(); }

  protected:
    QString documentationPage() const override { return QStringLiteral( "rurality" ); }
};

#endif // PLACEGAPRURALITYALGORITHM_H
