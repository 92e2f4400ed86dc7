<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ListPage</name>
    <message numerus="yes">
        <location filename="../../ropa_desktop/gui/list_page.py" line="177"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ropa_desktop/gui/list_page.py" line="288"/>
        <source>“%1” is used in %n place(s) and was not deleted. Remove it there first:</source>
        <translation>
            <numerusform>“%1” is used in %n place and was not deleted. Remove it there first:</numerusform>
            <numerusform>“%1” is used in %n places and was not deleted. Remove it there first:</numerusform>
        </translation>
    </message>
</context>
</TS>
