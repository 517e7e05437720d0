# SPDX-License-Identifier: GPL-3.0-or-later
# What `cmake --install` (and so the .deb) puts where: both programs, the desktop
# entry that makes nfs-navigator the handler of nfs:// links, the AppStream metainfo,
# the application icon, the manual pages and the copyright file.
include(GNUInstallDirs)

install(TARGETS nfsnav RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
if(NFSNAV_BUILD_GUI)
    install(TARGETS nfs-navigator RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    install(FILES ${CMAKE_SOURCE_DIR}/resources/nfs-navigator.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${CMAKE_SOURCE_DIR}/resources/io.github.nfsnavigator.NfsNavigator.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/nfs-navigator.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
endif()

# Debian installs manual pages compressed (gzip -n: no name or time stamp, so the
# package is reproducible).
set(NFSNAV_MAN_PAGES nfsnav.1)
if(NFSNAV_BUILD_GUI)
    list(APPEND NFSNAV_MAN_PAGES nfs-navigator.1)
endif()
set(NFSNAV_MAN_GZ)
foreach(page IN LISTS NFSNAV_MAN_PAGES)
    set(gz ${CMAKE_BINARY_DIR}/man/${page}.gz)
    add_custom_command(OUTPUT ${gz}
                       COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/man
                       COMMAND gzip -9 -n -c ${CMAKE_SOURCE_DIR}/installer/${page} > ${gz}
                       DEPENDS ${CMAKE_SOURCE_DIR}/installer/${page}
                       COMMENT "Compressing the manual page ${page}")
    list(APPEND NFSNAV_MAN_GZ ${gz})
endforeach()
add_custom_target(man-pages ALL DEPENDS ${NFSNAV_MAN_GZ})
install(FILES ${NFSNAV_MAN_GZ} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

install(FILES ${CMAKE_SOURCE_DIR}/installer/copyright DESTINATION ${CMAKE_INSTALL_DOCDIR})
