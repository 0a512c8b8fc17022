set(CPACK_PACKAGE_NAME "jobwatch")
set(CPACK_PACKAGE_VENDOR "The Jobwatch developers")
set(CPACK_PACKAGE_CONTACT "The Jobwatch developers <jobwatch@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The build is RelWithDebInfo: the package gets stripped binaries (about 130 MB of debug info otherwise).
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6svg6, libqt6keychain1, libqt6sql6-sqlite, libqt6multimedia6, qt6-qpa-plugins, gstreamer1.0-plugins-base, gstreamer1.0-plugins-good, gstreamer1.0-libav")
# Qt's own texts (standard buttons, dialogs) in the user's language.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
include(CPack)
