cmake_minimum_required(VERSION 3.25)
# The floors of docs/engineering.md, checked on every #include of the sources (run by ctest as
# `cmake -DSOURCE_DIR=... -P check_layers.cmake`). Arrows only go down:
#   app · ui · presentation · cli · portal · storage, documents · customerindex · models;
#   server -> documents, models;
#   only app -> demo -> server ties the console to the reference portal.
# And only ui/ and app/ may include a Qt Widgets header. Two spellings are kept one way too
# (docs/engineering.md "Conventions"): signals/slots/emit, never Q_SIGNALS/Q_SLOTS/Q_EMIT;
# namespaces are lower case (pac, pac::cli, pac::server::problem ...).
# A failure names the file, the line and the rule it breaks.

set(allowed_models        models)
set(allowed_customerindex customerindex models)
set(allowed_storage       storage customerindex models)
set(allowed_documents     documents models)
set(allowed_portal        portal storage documents customerindex models)
set(allowed_server        server documents models)
set(allowed_demo          demo portal server models)
set(allowed_cli           cli portal storage documents customerindex models)
set(allowed_presentation  presentation portal storage documents customerindex models)
set(allowed_ui            ui presentation portal storage documents customerindex models)
set(widgets_allowed   ui app)

# The Widgets module's headers (QAction and QShortcut live in QtGui in Qt 6).
set(widgets_regex "#include[ \t]*<(QtWidgets/|QtWidgets>|Q(Abstract(Button|ItemDelegate|ItemView|ScrollArea|SpinBox|Slider)|Application|BoxLayout|ButtonGroup|CheckBox|ColumnView|ComboBox|CommandLinkButton|Completer|DataWidgetMapper|DateEdit|DateTimeEdit|Dial|Dialog|DialogButtonBox|DockWidget|DoubleSpinBox|ErrorMessage|FileDialog|FormLayout|Frame|GraphicsView|GridLayout|GroupBox|HBoxLayout|HeaderView|InputDialog|ItemDelegate|KeySequenceEdit|Label|LayoutItem|Layout|LCDNumber|LineEdit|ListView|ListWidget|MainWindow|MdiArea|Menu|MenuBar|MessageBox|PlainTextEdit|ProgressBar|ProgressDialog|PushButton|RadioButton|RubberBand|ScrollArea|ScrollBar|SizeGrip|Slider|SpinBox|SplashScreen|Splitter|StackedLayout|StackedWidget|StatusBar|Style|StyleFactory|StyleOption[A-Za-z]*|StyledItemDelegate|SystemTrayIcon|TabBar|TabWidget|TableView|TableWidget|TextBrowser|TextEdit|TimeEdit|ToolBar|ToolBox|ToolButton|ToolTip|TreeView|TreeWidget|UndoView|VBoxLayout|WhatsThis|Widget|WidgetAction|Wizard|WizardPage)>)")

set(problems "")
foreach(floor models customerindex storage documents portal server demo cli presentation ui app)
    file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}"
         "${SOURCE_DIR}/${floor}/*.h" "${SOURCE_DIR}/${floor}/*.cpp")
    foreach(source IN LISTS sources)
        file(STRINGS "${SOURCE_DIR}/${source}" lines REGEX "^[ \t]*#[ \t]*include")
        foreach(line IN LISTS lines)
            if(line MATCHES "#[ \t]*include[ \t]*\"([a-z_]+)/" AND DEFINED allowed_${floor})
                set(target "${CMAKE_MATCH_1}")
                if(NOT target IN_LIST allowed_${floor})
                    string(APPEND problems
                           "${source}: ${line}\n    ${floor}/ may include only: ${allowed_${floor}}\n")
                endif()
            endif()
            if(NOT floor IN_LIST widgets_allowed AND line MATCHES "${widgets_regex}")
                string(APPEND problems
                       "${source}: ${line}\n    only ui/ and app/ include Qt Widgets headers\n")
            endif()
        endforeach()
        file(STRINGS "${SOURCE_DIR}/${source}" spelled
             REGEX "Q_SIGNALS|Q_SLOTS|Q_EMIT|^namespace [a-z:]*[A-Z]")
        foreach(line IN LISTS spelled)
            # Forward declarations of a library's own namespace are its spelling, not ours.
            if(NOT line MATCHES "^namespace (QKeychain|Qt)")
                string(APPEND problems
                       "${source}: ${line}\n    use signals/slots/emit and lower-case namespaces\n")
            endif()
        endforeach()
    endforeach()
endforeach()

if(problems)
    message(FATAL_ERROR "Layering (docs/engineering.md) broken:\n${problems}")
endif()
message(STATUS "Layering: every #include goes down a floor")
