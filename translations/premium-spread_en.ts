<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CoordinationStatusLabel</name>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="24"/>
        <source>Polling for all instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="26"/>
        <source>Following the shared feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="26"/>
        <source>Following %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="30"/>
        <source>Alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="37"/>
        <source>shared feed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="39"/>
        <source>Redis connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="41"/>
        <source>Redis connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="45"/>
        <source>Redis unreachable, retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="59"/>
        <source>instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="65"/>
        <source>Shared feed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="67"/>
        <source>Every instance polls the exchanges on its own until Redis is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="69"/>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="72"/>
        <source>Stale writes refused: %1 (this instance was paused while another one took over).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <source>no data published yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="32"/>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="39"/>
        <source>Waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="41"/>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="43"/>
        <source>Stale for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="45"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="45"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="54"/>
        <source>Last value from %1, received %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="57"/>
        <source>No value received yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="60"/>
        <source>HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="62"/>
        <source>The venue asked to wait %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="74"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="77"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="80"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="81"/>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="88"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="89"/>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="95"/>
        <source>Bithumb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="97"/>
        <source>Upbit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="99"/>
        <source>Binance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="101"/>
        <source>Dunamu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="103"/>
        <source>open.er-api</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="105"/>
        <source>ExchangeRate-API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="107"/>
        <source>Korea Eximbank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="115"/>
        <source>Korean spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="117"/>
        <source>Foreign perpetual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="119"/>
        <source>USD/KRW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="126"/>
        <source>vs Korean price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="126"/>
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
    <name>PositionCloseDialog</name>
    <message>
        <location filename="../widgets/positionclosedialog.cpp" line="28"/>
        <source>Close position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionclosedialog.cpp" line="33"/>
        <source>Close position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionclosedialog.cpp" line="35"/>
        <source>%1 %2, opened %3 at %4 and %5 (FX %6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionclosedialog.cpp" line="45"/>
        <source>&amp;Korean exit price (KRW):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionclosedialog.cpp" line="46"/>
        <source>&amp;Foreign exit price (USDT):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionclosedialog.cpp" line="47"/>
        <source>Exit F&amp;X (KRW per USD):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionclosedialog.cpp" line="48"/>
        <source>Closed &amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionclosedialog.cpp" line="111"/>
        <source>Realised PnL at these prices: %1 KRW (Korean leg %2 KRW, foreign leg %3 USDT).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionEntryDialog</name>
    <message>
        <location filename="../widgets/positionentrydialog.cpp" line="41"/>
        <source>New position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionentrydialog.cpp" line="54"/>
        <source>&amp;Symbol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionentrydialog.cpp" line="55"/>
        <source>&amp;Quantity (each leg):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionentrydialog.cpp" line="56"/>
        <source>&amp;Korean entry price (KRW):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionentrydialog.cpp" line="57"/>
        <source>&amp;Foreign entry price (USDT):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionentrydialog.cpp" line="58"/>
        <source>Entry F&amp;X (KRW per USD):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionentrydialog.cpp" line="59"/>
        <source>Korean fee &amp;rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionentrydialog.cpp" line="60"/>
        <source>Foreign fee ra&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionentrydialog.cpp" line="61"/>
        <source>&amp;Opened at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionentrydialog.cpp" line="62"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionPanel</name>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="111"/>
        <source>&amp;New position…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="112"/>
        <source>&amp;Close position…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="113"/>
        <source>&amp;Delete position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="114"/>
        <source>&amp;Export positions as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="118"/>
        <source>All positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="119"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="120"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="160"/>
        <source>Positions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="172"/>
        <source>%1: waiting for bid and ask prices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="175"/>
        <source>%1 now: opening costs %2 (Korean ask, perpetual bid), closing gets %3 (Korean bid, perpetual ask)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="243"/>
        <source>Delete position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="244"/>
        <source>Delete position %1 (%2 %3)? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="276"/>
        <location filename="../widgets/positionpanel.cpp" line="282"/>
        <source>Export positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="277"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="282"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionTableModel</name>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="259"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="259"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="305"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="360"/>
        <source>Waiting for live bid and ask prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="361"/>
        <source>%1 KRW exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="398"/>
        <source>Open: what closing gets now (Korean bid against perpetual ask). Closed: the premium of the exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="400"/>
        <source>The premium of the entry prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="402"/>
        <source>The foreign leg in won, at the current FX (at the exit FX once closed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="404"/>
        <source>Funding received (+) or paid (−) by the short at the funding times while it was open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="409"/>
        <source>The net PnL split into premium change, FX change, funding and fees; the four add up to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="418"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="420"/>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="422"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="424"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="426"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="428"/>
        <source>Entry premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="430"/>
        <source>Exit premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="432"/>
        <source>Korean leg (KRW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="434"/>
        <source>Foreign leg (USDT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="436"/>
        <source>Foreign leg (KRW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="438"/>
        <source>Fees (KRW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="440"/>
        <source>Funding (USDT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="442"/>
        <source>Net PnL (KRW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="444"/>
        <source>Premium part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="446"/>
        <source>FX part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="448"/>
        <source>Funding part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="450"/>
        <source>Fees part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="452"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionText</name>
    <message>
        <location filename="../widgets/positiontext.cpp" line="8"/>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="10"/>
        <source>Not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="12"/>
        <source>Must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="14"/>
        <source>Must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="16"/>
        <source>Must be at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="18"/>
        <source>Must be at least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="20"/>
        <source>Must be a multiple of %1 (the perpetual&apos;s quantity step).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="22"/>
        <source>Not a valid date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="24"/>
        <source>Must not be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="26"/>
        <source>Must not be before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="28"/>
        <source>Must not be before the opening time (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="30"/>
        <source>Not a supported symbol (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="32"/>
        <source>At most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="35"/>
        <source>These prices give a premium of %1 %: check the prices and the FX.</source>
        <extracomment>%1 is a premium in percent computed from the typed prices, e.g. 912.99</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="37"/>
        <source>No such position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="39"/>
        <source>The position is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="49"/>
        <source>The database driver is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="51"/>
        <source>The database cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="53"/>
        <source>The database server refused the user or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="55"/>
        <source>The database server cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="57"/>
        <source>The database is locked by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="59"/>
        <source>The database is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="61"/>
        <source>The disk or the database is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="63"/>
        <source>The database is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="65"/>
        <source>The database was written by a newer version of Premium Spread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="67"/>
        <source>The database refused the change.</source>
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
        <location filename="../widgets/tickerpanel.cpp" line="238"/>
        <source>%1/KRW spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="241"/>
        <source>%1USDT perpetual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="244"/>
        <source>USD/KRW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="255"/>
        <source>%1 · %2</source>
        <extracomment>Where and when a price came from, e.g. &quot;Dunamu · 3 min ago&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="257"/>
        <location filename="../widgets/tickerpanel.cpp" line="275"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="269"/>
        <source>%1 premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="270"/>
        <source>Premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="279"/>
        <source>Waiting for all three prices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="292"/>
        <source>STALE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="298"/>
        <source>Computed at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="300"/>
        <source>Last fresh at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="302"/>
        <source>Not fresh since start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="305"/>
        <source>%1 %2 (stale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="305"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
