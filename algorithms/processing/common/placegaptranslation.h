/***************************************************************************
  placegaptranslation.h - PlaceGap's strings in the language QGIS speaks
 ***************************************************************************/
#ifndef PLACEGAPTRANSLATION_H
#define PLACEGAPTRANSLATION_H

#include <QString>

/**
 * The translations of PlaceGap's own strings (context "PlaceGap", see placegaptr.h) are
 * i18n/placegap_<locale>.qm in the installed data folder, compiled from the shipped .ts files.
 */
namespace placegap::translation
{
  /**
   * Installs, once per process, the translation for \a locale ("fr", "fr_FR"); English needs none.
   * Returns the .qm file loaded, or empty when PlaceGap has no translation for that locale.
   */
  QString install( const QString &locale );

  //! Installs the translation for the locale QGIS runs in (its user interface setting, else the system's).
  QString installForQgisLocale();
} // namespace placegap::translation

#endif // PLACEGAPTRANSLATION_H
