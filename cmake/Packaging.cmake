# The Debian packages (scripts/package builds them): `vitrine`, the kiosk as an appliance, and
# `vitrine-sample-fair`, the sample fair for a kiosk to show before the organisers' pack
# arrives. Everything the system needs is in packaging/; what goes where is decided here.
include(GNUInstallDirs)
# `make install` and CPack take what is built rather than building everything first (tests,
# benchmarks): scripts/package builds exactly what the packages hold.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

set(VITRINE_PKG ${PROJECT_SOURCE_DIR}/packaging)
set(VITRINE_PKG_OUT ${PROJECT_BINARY_DIR}/packaging)

# The kiosk and the organisers' tool, with the assets the kiosk finds at ../share/vitrine.
install(TARGETS vitrine vitrine-pack RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT kiosk)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/assets/ DESTINATION ${CMAKE_INSTALL_DATADIR}/vitrine
        COMPONENT kiosk)
install(PROGRAMS ${VITRINE_PKG}/vitrine-session ${VITRINE_PKG}/vitrine-mount-stick
                 ${VITRINE_PKG}/vitrine-touch-rotation
        DESTINATION ${CMAKE_INSTALL_LIBEXECDIR}/vitrine COMPONENT kiosk)
# Debian 12 keeps packaged units and rules under /lib (merged /usr or not).
install(FILES ${VITRINE_PKG}/vitrine.service DESTINATION /lib/systemd/system COMPONENT kiosk)
install(FILES ${VITRINE_PKG}/90-vitrine-sticks.rules DESTINATION /lib/udev/rules.d
        COMPONENT kiosk)
install(FILES ${VITRINE_PKG}/tmpfiles.conf DESTINATION /usr/lib/tmpfiles.d RENAME vitrine.conf
        COMPONENT kiosk)
install(FILES ${VITRINE_PKG}/kiosk.json DESTINATION /etc/vitrine COMPONENT kiosk)
install(FILES ${VITRINE_PKG}/default DESTINATION /etc/default RENAME vitrine COMPONENT kiosk)
install(FILES ${VITRINE_PKG}/pam DESTINATION /etc/pam.d RENAME vitrine COMPONENT kiosk)

# Debian wants man pages and changelogs compressed with gzip -9n (reproducibly).
set(VITRINE_GZIPPED)
foreach(pair "man/vitrine.1;vitrine.1.gz" "man/vitrine-pack.1;vitrine-pack.1.gz"
             "debian/changelog;changelog.gz")
  list(GET pair 0 source)
  list(GET pair 1 target)
  add_custom_command(OUTPUT ${VITRINE_PKG_OUT}/${target}
                     COMMAND ${CMAKE_COMMAND} -E make_directory ${VITRINE_PKG_OUT}
                     COMMAND gzip -9n -c ${VITRINE_PKG}/${source} > ${VITRINE_PKG_OUT}/${target}
                     DEPENDS ${VITRINE_PKG}/${source})
  list(APPEND VITRINE_GZIPPED ${VITRINE_PKG_OUT}/${target})
endforeach()
add_custom_target(vitrine-package-docs ALL DEPENDS ${VITRINE_GZIPPED})
install(FILES ${VITRINE_PKG_OUT}/vitrine.1.gz ${VITRINE_PKG_OUT}/vitrine-pack.1.gz
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT kiosk)
install(FILES ${VITRINE_PKG_OUT}/changelog.gz ${VITRINE_PKG}/debian/copyright
              ${PROJECT_SOURCE_DIR}/docs/deployment.md
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/vitrine COMPONENT kiosk)

# The sample fair, photos included (drawn at build time).
install(DIRECTORY ${VITRINE_SAMPLE_PACK}/
        DESTINATION ${CMAKE_INSTALL_DATADIR}/vitrine/sample-fair COMPONENT sample)
install(FILES ${VITRINE_PKG_OUT}/changelog.gz ${VITRINE_PKG}/debian/copyright
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/vitrine-sample-fair COMPONENT sample)

execute_process(COMMAND dpkg --print-architecture OUTPUT_VARIABLE VITRINE_DEB_ARCH
                OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME vitrine)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "Vitrine maintainers <vitrine@example.org>")
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/deb)
set(CPACK_STRIP_FILES ON)
set(CPACK_COMPONENTS_ALL kiosk sample)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://example.org/vitrine")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_KIOSK_PACKAGE_NAME vitrine)
set(CPACK_DEBIAN_KIOSK_FILE_NAME vitrine_${PROJECT_VERSION}_${VITRINE_DEB_ARCH}.deb)
set(CPACK_DEBIAN_KIOSK_PACKAGE_SHLIBDEPS ON)
# dpkg-shlibdeps adds the libraries; these are what the kiosk opens or runs by name.
set(CPACK_DEBIAN_KIOSK_PACKAGE_DEPENDS
    "cage (>= 0.1.4), xwayland, fonts-noto-core, fonts-noto-ui-core, fonts-dejavu-core, fonts-font-awesome, adduser, init-system-helpers (>= 1.54), systemd, udev, libpam-systemd")
set(CPACK_DEBIAN_KIOSK_PACKAGE_SUGGESTS "syncthing, vitrine-sample-fair")
set(CPACK_DEBIAN_KIOSK_DESCRIPTION
   "touchscreen kiosk catalogue of a fair's exhibitors and products
Vitrine shows a fair's exhibitors and their products on a touchscreen, by
sector, by stand, on a map of the hall and by search, in French, Arabic,
English and Amazigh. This package turns a Debian machine into a kiosk: the
catalogue starts full screen at boot, restarts by itself after a crash or a
hang, and installs the organisers' data pack from a USB stick or a folder
kept in step by Syncthing. It also holds vitrine-pack, the organisers' tool.")
set(CPACK_DEBIAN_KIOSK_PACKAGE_CONTROL_EXTRA
    ${VITRINE_PKG}/debian/postinst ${VITRINE_PKG}/debian/prerm ${VITRINE_PKG}/debian/postrm
    ${VITRINE_PKG}/debian/conffiles)

set(CPACK_DEBIAN_SAMPLE_PACKAGE_NAME vitrine-sample-fair)
set(CPACK_DEBIAN_SAMPLE_FILE_NAME vitrine-sample-fair_${PROJECT_VERSION}_all.deb)
set(CPACK_DEBIAN_SAMPLE_PACKAGE_ARCHITECTURE all)
set(CPACK_DEBIAN_SAMPLE_PACKAGE_DEPENDS "vitrine (= ${PROJECT_VERSION})")
set(CPACK_DEBIAN_SAMPLE_DESCRIPTION
   "sample fair for the Vitrine kiosk catalogue
The Foire solidaire des micro-entrepreneurs at Parc Mohammedia: 70
exhibitors, 389 products with their photos and the plan of the hall, as a
Vitrine data pack. Installed into the kiosk's catalogue when the kiosk has
none yet, so that a new kiosk shows a catalogue at once.")
set(CPACK_DEBIAN_SAMPLE_PACKAGE_CONTROL_EXTRA ${VITRINE_PKG}/debian/sample/postinst)
include(CPack)
