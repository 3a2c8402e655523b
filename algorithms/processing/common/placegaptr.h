/***************************************************************************
  placegaptr.h - the translation context of every string PlaceGap shows
 ***************************************************************************/
#ifndef PLACEGAPTR_H
#define PLACEGAPTR_H

#include <QCoreApplication>

/**
 * PlaceGap::tr() translates in PlaceGap's own context. QObject::tr() would share QGIS's
 * "QObject" context, so QGIS's translation of a string that happens to match ("Direction
 * field") would appear in PlaceGap's dialogs beside untranslated ones; PlaceGap owns its words.
 */
class PlaceGap
{
    Q_DECLARE_TR_FUNCTIONS( PlaceGap )
};

#endif // PLACEGAPTR_H
