/***************************************************************************
  placegapinstalleddata.h - where PlaceGap's installed files are: README, styles, projects
 ***************************************************************************/
#ifndef PLACEGAPINSTALLEDDATA_H
#define PLACEGAPINSTALLEDDATA_H

#include <QList>
#include <QString>

/**
 * The files PlaceGap installs beside its libraries (<prefix>/share/placegap): the README the
 * help links open, the styles applied on load, the sample projects and models. One place, so
 * that algorithms, the plugin and the runner find them alike and none needs the provider.
 */
namespace placegap::installed
{
  /**
   * Sets the installed data folder (<prefix>/share/placegap) found at run time from where the
   * plugin library or the runner sits, so an install with another prefix than the configured
   * one still finds its files.
   */
  void setDataDirectory( const QString &directory );

  /**
   * Path of a file shipped with PlaceGap (e.g. "README.md", "sample-projects"): in the
   * installed data folder, else where the build was configured to install, else in the build's
   * rendered documentation or the source tree when run from a build folder; empty when none has it.
   */
  QString dataPath( const QString &relativePath );

  /**
   * URL of a PlaceGap documentation page (\a page without its extension, relative to the data
   * folder: "README", "docs/rurality"): the rendered .html page where there is one, else the
   * Markdown; optionally at an anchor such as "placegapdeprivationquantiles"; empty when not found.
   */
  QString documentationUrl( const QString &page = QStringLiteral( "README" ), const QString &anchor = QString() );

  //! The help URL of an algorithm: the heading of its id on its family's page docs/<page>, anchor "placegap" + name.
  QString algorithmHelpUrl( const QString &page, const QString &algorithmName );

  //! A teaching project as the Sample Projects chooser lists it.
  struct SampleProject
  {
      QString path;        //!< the .qgs file
      QString title;       //!< the project's title
      QString summary;     //!< one line: what the project shows
      QString description; //!< the first paragraph of its metadata abstract
  };

  //! The projects (*.qgs) in \a folder, by title, read without opening them; a file that is not a project is left out.
  QList<SampleProject> sampleProjectsIn( const QString &folder );

  //! The icon every PlaceGap algorithm shows (a Qt resource of the Processing library).
  QString iconPath();
} // namespace placegap::installed

#endif // PLACEGAPINSTALLEDDATA_H
