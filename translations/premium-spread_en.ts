<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>FeedText</name>
    <message>
        <location filename="../widgets/feedtext.cpp" line="9"/>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="11"/>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="13"/>
        <source>network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="13"/>
        <source>network error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="15"/>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="17"/>
        <source>rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="19"/>
        <source>banned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="22"/>
        <source>API error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="22"/>
        <source>API error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="24"/>
        <source>malformed reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="26"/>
        <source>empty reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="28"/>
        <source>absurd value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="30"/>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="37"/>
        <source>Waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="39"/>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="41"/>
        <source>Stale for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="43"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="43"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="52"/>
        <source>Last value from %1, received %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="55"/>
        <source>No value received yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="58"/>
        <source>HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="60"/>
        <source>The venue asked to wait %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="72"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="75"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="78"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="79"/>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="86"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="87"/>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="93"/>
        <source>Bithumb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="95"/>
        <source>Upbit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="97"/>
        <source>Binance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="99"/>
        <source>Dunamu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="101"/>
        <source>open.er-api</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="109"/>
        <source>Korean spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="111"/>
        <source>Foreign perpetual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="113"/>
        <source>USD/KRW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="120"/>
        <source>vs Korean price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="120"/>
        <source>vs global price</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="118"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="119"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="120"/>
        <source>Close the window and stop polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="121"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="122"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="123"/>
        <source>Exchange addresses, premium basis and polling periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="124"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="125"/>
        <source>&amp;About Premium Spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="126"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="155"/>
        <source>Premium Spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="160"/>
        <source>About Premium Spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="161"/>
        <source>&lt;h3&gt;Premium Spread %1&lt;/h3&gt;&lt;p&gt;Watches the Korean crypto premium: the Bithumb BTC/KRW spot price against the Binance BTCUSDT perpetual at the USD/KRW rate.&lt;/p&gt;&lt;p&gt;Prices are public market data polled from the exchanges; nothing here is investment advice.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PremiumChartView</name>
    <message>
        <location filename="../widgets/premiumchartview.cpp" line="223"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/premiumchartview.cpp" line="224"/>
        <source>Premium %, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/premiumchartview.cpp" line="224"/>
        <source>Premium %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/premiumchartview.cpp" line="225"/>
        <source>Waiting for the first premium…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/premiumchartview.cpp" line="226"/>
        <source>Premium chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/premiumchartview.cpp" line="242"/>
        <source>Premium: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/premiumchartview.cpp" line="243"/>
        <location filename="../widgets/premiumchartview.cpp" line="244"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/premiumchartview.cpp" line="245"/>
        <source>USD/KRW: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/premiumchartview.cpp" line="248"/>
        <source>Stale: computed from an old or failed input</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceFormat</name>
    <message>
        <location filename="../widgets/priceformat.cpp" line="33"/>
        <source>₩%1</source>
        <extracomment>A price in Korean won; %1 is the grouped number, e.g. ₩129,555,000</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/priceformat.cpp" line="39"/>
        <source>%1 USDT</source>
        <extracomment>A price in Tether; %1 is the grouped number, e.g. 89,277.10 USDT</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/priceformat.cpp" line="50"/>
        <source>%1 %</source>
        <extracomment>A premium in percent; %1 is the signed number, e.g. +1.28 %</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="28"/>
        <source>&amp;Korean spot (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="30"/>
        <source>&amp;Foreign perpetual (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="32"/>
        <source>&amp;USD/KRW (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="33"/>
        <source>USD/KRW f&amp;allback (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="72"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="74"/>
        <source>Exchange addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="85"/>
        <source>Scheme, host and optional port, e.g. %1. Empty uses the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="96"/>
        <source>Premium and polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="99"/>
        <source>Over the Korean price (seed formula)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="100"/>
        <source>Over the global price (as most Korean sites)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="101"/>
        <source>Premium &amp;basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="108"/>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="110"/>
        <source>&amp;Ticker period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="114"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="116"/>
        <source>USD/KRW &amp;period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="124"/>
        <source>&amp;Restore defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="180"/>
        <source>Not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="182"/>
        <source>Must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="184"/>
        <source>Must name a host, e.g. https://api.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="188"/>
        <source>Only scheme, host and port: the request path is added by the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="227"/>
        <source>Must be between %1 and %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="232"/>
        <source>Must be between %1 and %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TickerPanel</name>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="229"/>
        <source>%1/KRW spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="232"/>
        <source>%1USDT perpetual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="235"/>
        <source>USD/KRW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="246"/>
        <source>%1 · %2</source>
        <extracomment>Where and when a price came from, e.g. &quot;Dunamu · 3 min ago&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="248"/>
        <location filename="../widgets/tickerpanel.cpp" line="266"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="260"/>
        <source>%1 premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="261"/>
        <source>Premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="270"/>
        <source>Waiting for all three prices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="283"/>
        <source>STALE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="287"/>
        <source>Last computed at %1 from an old or failing input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="288"/>
        <source>Computed at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="291"/>
        <source>%1 %2 (stale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="291"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
