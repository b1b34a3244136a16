<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>CoordinationStatusLabel</name>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="24"/>
        <source>Polling for all instances</source>
        <translation>모든 인스턴스를 위해 수집 중</translation>
    </message>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="26"/>
        <source>Following the shared feed</source>
        <translation>공유 피드 수신 중</translation>
    </message>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="26"/>
        <source>Following %1</source>
        <translation>%1 수신 중</translation>
    </message>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="30"/>
        <source>Alone</source>
        <translation>단독 실행</translation>
    </message>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="37"/>
        <source>shared feed off</source>
        <translation>공유 피드 꺼짐</translation>
    </message>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="39"/>
        <source>Redis connecting…</source>
        <translation>Redis 연결 중…</translation>
    </message>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="41"/>
        <source>Redis connected</source>
        <translation>Redis 연결됨</translation>
    </message>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="45"/>
        <source>Redis unreachable, retrying</source>
        <translation>Redis 연결 불가, 재시도 중</translation>
    </message>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="59"/>
        <source>instance %1</source>
        <translation>인스턴스 %1</translation>
    </message>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="65"/>
        <source>Shared feed: %1</source>
        <translation>공유 피드: %1</translation>
    </message>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="67"/>
        <source>Every instance polls the exchanges on its own until Redis is back.</source>
        <translation>Redis가 복구될 때까지 모든 인스턴스가 각자 거래소를 조회합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="69"/>
        <source>Last error: %1</source>
        <translation>마지막 오류: %1</translation>
    </message>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="72"/>
        <source>Stale writes refused: %1 (this instance was paused while another one took over).</source>
        <translation>거부된 오래된 쓰기: %1 (이 인스턴스가 멈춘 사이 다른 인스턴스가 이어받았습니다).</translation>
    </message>
</context>
<context>
    <name>FeedText</name>
    <message>
        <location filename="../widgets/feedtext.cpp" line="9"/>
        <source>connection refused</source>
        <translation>연결 거부됨</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="11"/>
        <source>timed out</source>
        <translation>시간 초과</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="13"/>
        <source>network error</source>
        <translation>네트워크 오류</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="13"/>
        <source>network error: %1</source>
        <translation>네트워크 오류: %1</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="15"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="17"/>
        <source>rate limited</source>
        <translation>요청 한도 초과</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="19"/>
        <source>banned</source>
        <translation>접근 차단됨</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="22"/>
        <source>API error</source>
        <translation>API 오류</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="22"/>
        <source>API error: %1</source>
        <translation>API 오류: %1</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="24"/>
        <source>malformed reply</source>
        <translation>잘못된 응답 형식</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="26"/>
        <source>empty reply</source>
        <translation>빈 응답</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="28"/>
        <source>absurd value</source>
        <translation>비정상적인 값</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="30"/>
        <source>no data published yet</source>
        <translation>아직 공시된 데이터 없음</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="32"/>
        <source>unknown error</source>
        <translation>알 수 없는 오류</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="39"/>
        <source>Waiting…</source>
        <translation>대기 중…</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="41"/>
        <source>Live</source>
        <translation>실시간</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="43"/>
        <source>Stale for %1</source>
        <translation>%1째 갱신 없음</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="45"/>
        <source>Error: %1</source>
        <translation>오류: %1</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="45"/>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="54"/>
        <source>Last value from %1, received %2.</source>
        <translation>마지막 값: %1, %2 수신.</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="57"/>
        <source>No value received yet.</source>
        <translation>아직 받은 값이 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="60"/>
        <source>HTTP status %1.</source>
        <translation>HTTP 상태 %1.</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="62"/>
        <source>The venue asked to wait %1.</source>
        <translation>거래소가 %1 대기를 요청했습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="74"/>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="77"/>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="80"/>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="81"/>
        <source>%1 d %2 h</source>
        <translation>%1일 %2시간</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="88"/>
        <source>just now</source>
        <translation>방금</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="89"/>
        <source>%1 ago</source>
        <translation>%1 전</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="95"/>
        <source>Bithumb</source>
        <translation>빗썸</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="97"/>
        <source>Upbit</source>
        <translation>업비트</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="99"/>
        <source>Binance</source>
        <translation>바이낸스</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="101"/>
        <source>Dunamu</source>
        <translation>두나무</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="103"/>
        <source>open.er-api</source>
        <translation>open.er-api</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="105"/>
        <source>ExchangeRate-API</source>
        <translation>ExchangeRate-API</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="107"/>
        <source>Korea Eximbank</source>
        <translation>한국수출입은행</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="115"/>
        <source>Korean spot</source>
        <translation>국내 현물</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="117"/>
        <source>Foreign perpetual</source>
        <translation>해외 무기한 선물</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="119"/>
        <source>USD/KRW</source>
        <translation>원/달러 환율</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="126"/>
        <source>vs Korean price</source>
        <translation>국내 가격 기준</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="126"/>
        <source>vs global price</source>
        <translation>해외 가격 기준</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="118"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="119"/>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="120"/>
        <source>Close the window and stop polling</source>
        <translation>창을 닫고 시세 조회를 멈춥니다</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="121"/>
        <source>&amp;Settings</source>
        <translation>설정(&amp;S)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="122"/>
        <source>&amp;Preferences…</source>
        <translation>환경설정(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="123"/>
        <source>Exchange addresses, premium basis and polling periods</source>
        <translation>거래소 주소, 프리미엄 기준, 조회 주기</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="124"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="125"/>
        <source>&amp;About Premium Spread</source>
        <translation>Premium Spread 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="126"/>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="155"/>
        <source>Premium Spread</source>
        <translation>Premium Spread</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="160"/>
        <source>About Premium Spread</source>
        <translation>Premium Spread 정보</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="161"/>
        <source>&lt;h3&gt;Premium Spread %1&lt;/h3&gt;&lt;p&gt;Watches the Korean crypto premium: the Bithumb BTC/KRW spot price against the Binance BTCUSDT perpetual at the USD/KRW rate.&lt;/p&gt;&lt;p&gt;Prices are public market data polled from the exchanges; nothing here is investment advice.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Premium Spread %1&lt;/h3&gt;&lt;p&gt;김치 프리미엄을 보여 줍니다: 빗썸 BTC/KRW 현물 가격과 바이낸스 BTCUSDT 무기한 선물 가격을 원/달러 환율로 비교합니다.&lt;/p&gt;&lt;p&gt;가격은 거래소에서 조회한 공개 시장 데이터이며, 이 프로그램의 어떤 내용도 투자 조언이 아닙니다.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PositionCloseDialog</name>
    <message>
        <location filename="../widgets/positionclosedialog.cpp" line="28"/>
        <source>Close position %1</source>
        <translation>포지션 %1 청산</translation>
    </message>
    <message>
        <location filename="../widgets/positionclosedialog.cpp" line="33"/>
        <source>Close position</source>
        <translation>포지션 청산</translation>
    </message>
    <message>
        <location filename="../widgets/positionclosedialog.cpp" line="35"/>
        <source>%1 %2, opened %3 at %4 and %5 (FX %6).</source>
        <translation>%1 %2, %3에 %4 및 %5에 진입 (환율 %6).</translation>
    </message>
    <message>
        <location filename="../widgets/positionclosedialog.cpp" line="45"/>
        <source>&amp;Korean exit price (KRW):</source>
        <translation>국내 청산 가격(KRW)(&amp;K):</translation>
    </message>
    <message>
        <location filename="../widgets/positionclosedialog.cpp" line="46"/>
        <source>&amp;Foreign exit price (USDT):</source>
        <translation>해외 청산 가격(USDT)(&amp;F):</translation>
    </message>
    <message>
        <location filename="../widgets/positionclosedialog.cpp" line="47"/>
        <source>Exit F&amp;X (KRW per USD):</source>
        <translation>청산 환율(원/달러)(&amp;X):</translation>
    </message>
    <message>
        <location filename="../widgets/positionclosedialog.cpp" line="48"/>
        <source>Closed &amp;at:</source>
        <translation>청산 시각(&amp;A):</translation>
    </message>
    <message>
        <location filename="../widgets/positionclosedialog.cpp" line="111"/>
        <source>Realised PnL at these prices: %1 KRW (Korean leg %2 KRW, foreign leg %3 USDT).</source>
        <translation>이 가격의 실현 손익: %1원 (국내 %2원, 해외 %3 USDT).</translation>
    </message>
</context>
<context>
    <name>PositionEntryDialog</name>
    <message>
        <location filename="../widgets/positionentrydialog.cpp" line="41"/>
        <source>New position</source>
        <translation>새 포지션</translation>
    </message>
    <message>
        <location filename="../widgets/positionentrydialog.cpp" line="54"/>
        <source>&amp;Symbol:</source>
        <translation>종목(&amp;S):</translation>
    </message>
    <message>
        <location filename="../widgets/positionentrydialog.cpp" line="55"/>
        <source>&amp;Quantity (each leg):</source>
        <translation>수량(각 레그)(&amp;Q):</translation>
    </message>
    <message>
        <location filename="../widgets/positionentrydialog.cpp" line="56"/>
        <source>&amp;Korean entry price (KRW):</source>
        <translation>국내 진입 가격(KRW)(&amp;K):</translation>
    </message>
    <message>
        <location filename="../widgets/positionentrydialog.cpp" line="57"/>
        <source>&amp;Foreign entry price (USDT):</source>
        <translation>해외 진입 가격(USDT)(&amp;F):</translation>
    </message>
    <message>
        <location filename="../widgets/positionentrydialog.cpp" line="58"/>
        <source>Entry F&amp;X (KRW per USD):</source>
        <translation>진입 환율(원/달러)(&amp;X):</translation>
    </message>
    <message>
        <location filename="../widgets/positionentrydialog.cpp" line="59"/>
        <source>Korean fee &amp;rate:</source>
        <translation>국내 수수료율(&amp;R):</translation>
    </message>
    <message>
        <location filename="../widgets/positionentrydialog.cpp" line="60"/>
        <source>Foreign fee ra&amp;te:</source>
        <translation>해외 수수료율(&amp;T):</translation>
    </message>
    <message>
        <location filename="../widgets/positionentrydialog.cpp" line="61"/>
        <source>&amp;Opened at:</source>
        <translation>진입 시각(&amp;O):</translation>
    </message>
    <message>
        <location filename="../widgets/positionentrydialog.cpp" line="62"/>
        <source>&amp;Note:</source>
        <translation>메모(&amp;N):</translation>
    </message>
</context>
<context>
    <name>PositionPanel</name>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="111"/>
        <source>&amp;New position…</source>
        <translation>새 포지션(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="112"/>
        <source>&amp;Close position…</source>
        <translation>포지션 청산(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="113"/>
        <source>&amp;Delete position</source>
        <translation>포지션 삭제(&amp;D)</translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="114"/>
        <source>&amp;Export positions as CSV…</source>
        <translation>CSV로 포지션 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="118"/>
        <source>All positions</source>
        <translation>전체 포지션</translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="119"/>
        <source>Open</source>
        <translation>보유 중</translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="120"/>
        <source>Closed</source>
        <translation>청산됨</translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="160"/>
        <source>Positions: %1</source>
        <translation>포지션: %1</translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="172"/>
        <source>%1: waiting for bid and ask prices…</source>
        <translation>%1: 매수·매도 호가 대기 중…</translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="175"/>
        <source>%1 now: opening costs %2 (Korean ask, perpetual bid), closing gets %3 (Korean bid, perpetual ask)</source>
        <translation>%1 현재: 진입 시 %2 (국내 매도호가, 선물 매수호가), 청산 시 %3 (국내 매수호가, 선물 매도호가)</translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="243"/>
        <source>Delete position</source>
        <translation>포지션 삭제</translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="244"/>
        <source>Delete position %1 (%2 %3)? This cannot be undone.</source>
        <translation>포지션 %1 (%2 %3)을(를) 삭제할까요? 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="276"/>
        <location filename="../widgets/positionpanel.cpp" line="282"/>
        <source>Export positions</source>
        <translation>포지션 내보내기</translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="277"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="282"/>
        <source>Could not write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>PositionTableModel</name>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="259"/>
        <source>Open</source>
        <translation>보유 중</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="259"/>
        <source>Closed</source>
        <translation>청산됨</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="305"/>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="360"/>
        <source>Waiting for live bid and ask prices</source>
        <translation>실시간 매수·매도 호가 대기 중</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="361"/>
        <source>%1 KRW exactly</source>
        <translation>정확히 %1원</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="398"/>
        <source>Open: what closing gets now (Korean bid against perpetual ask). Closed: the premium of the exit.</source>
        <translation>보유 중: 지금 청산할 때의 값 (국내 매수호가 대 선물 매도호가). 청산됨: 청산 시점의 프리미엄.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="400"/>
        <source>The premium of the entry prices.</source>
        <translation>진입 가격의 프리미엄.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="402"/>
        <source>The foreign leg in won, at the current FX (at the exit FX once closed).</source>
        <translation>해외 레그의 원화 환산액 (현재 환율, 청산 후에는 청산 환율).</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="404"/>
        <source>Funding received (+) or paid (−) by the short at the funding times while it was open.</source>
        <translation>보유 기간 중 펀딩 시각마다 숏 포지션이 받은(+) 또는 낸(−) 펀딩비.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="409"/>
        <source>The net PnL split into premium change, FX change, funding and fees; the four add up to it.</source>
        <translation>순손익을 프리미엄 변화, 환율 변화, 펀딩, 수수료로 나눈 값이며, 넷의 합이 순손익입니다.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="418"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="420"/>
        <source>Symbol</source>
        <translation>종목</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="422"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="424"/>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="426"/>
        <source>Age</source>
        <translation>경과</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="428"/>
        <source>Entry premium</source>
        <translation>진입 프리미엄</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="430"/>
        <source>Exit premium</source>
        <translation>청산 프리미엄</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="432"/>
        <source>Korean leg (KRW)</source>
        <translation>국내 레그 (KRW)</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="434"/>
        <source>Foreign leg (USDT)</source>
        <translation>해외 레그 (USDT)</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="436"/>
        <source>Foreign leg (KRW)</source>
        <translation>해외 레그 (KRW)</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="438"/>
        <source>Fees (KRW)</source>
        <translation>수수료 (KRW)</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="440"/>
        <source>Funding (USDT)</source>
        <translation>펀딩 (USDT)</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="442"/>
        <source>Net PnL (KRW)</source>
        <translation>순손익 (KRW)</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="444"/>
        <source>Premium part</source>
        <translation>프리미엄 요인</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="446"/>
        <source>FX part</source>
        <translation>환율 요인</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="448"/>
        <source>Funding part</source>
        <translation>펀딩 요인</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="450"/>
        <source>Fees part</source>
        <translation>수수료 요인</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="452"/>
        <source>Note</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>PositionText</name>
    <message>
        <location filename="../widgets/positiontext.cpp" line="8"/>
        <source>Required.</source>
        <translation>필수 항목입니다.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="10"/>
        <source>Not a number.</source>
        <translation>숫자가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="12"/>
        <source>Must be greater than zero.</source>
        <translation>0보다 커야 합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="14"/>
        <source>Must not be negative.</source>
        <translation>음수일 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="16"/>
        <source>Must be at most %1.</source>
        <translation>%1 이하여야 합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="18"/>
        <source>Must be at least %1.</source>
        <translation>%1 이상이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="20"/>
        <source>Must be a multiple of %1 (the perpetual&apos;s quantity step).</source>
        <translation>%1의 배수여야 합니다 (무기한 선물의 수량 단위).</translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="22"/>
        <source>Not a valid date and time.</source>
        <translation>올바른 날짜와 시각이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="24"/>
        <source>Must not be in the future.</source>
        <translation>미래 시각일 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="26"/>
        <source>Must not be before %1.</source>
        <translation>%1 이전일 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="28"/>
        <source>Must not be before the opening time (%1).</source>
        <translation>진입 시각(%1) 이전일 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="30"/>
        <source>Not a supported symbol (%1).</source>
        <translation>지원하지 않는 종목입니다 (%1).</translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="32"/>
        <source>At most %1 characters.</source>
        <translation>최대 %1자입니다.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="35"/>
        <source>These prices give a premium of %1 %: check the prices and the FX.</source>
        <extracomment>%1 is a premium in percent computed from the typed prices, e.g. 912.99</extracomment>
        <translation>이 가격으로는 프리미엄이 %1 %입니다: 가격과 환율을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="37"/>
        <source>No such position.</source>
        <translation>해당 포지션이 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="39"/>
        <source>The position is already closed.</source>
        <translation>이미 청산된 포지션입니다.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="49"/>
        <source>The database driver is not installed.</source>
        <translation>데이터베이스 드라이버가 설치되어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="51"/>
        <source>The database cannot be opened.</source>
        <translation>데이터베이스를 열 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="53"/>
        <source>The database server refused the user or password.</source>
        <translation>데이터베이스 서버가 사용자 또는 비밀번호를 거부했습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="55"/>
        <source>The database server cannot be reached.</source>
        <translation>데이터베이스 서버에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="57"/>
        <source>The database is locked by another program.</source>
        <translation>다른 프로그램이 데이터베이스를 잠그고 있습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="59"/>
        <source>The database is read-only.</source>
        <translation>데이터베이스가 읽기 전용입니다.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="61"/>
        <source>The disk or the database is full.</source>
        <translation>디스크 또는 데이터베이스가 가득 찼습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="63"/>
        <source>The database is damaged.</source>
        <translation>데이터베이스가 손상되었습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="65"/>
        <source>The database was written by a newer version of Premium Spread.</source>
        <translation>더 새로운 버전의 Premium Spread가 기록한 데이터베이스입니다.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="67"/>
        <source>The database refused the change.</source>
        <translation>데이터베이스가 변경을 거부했습니다.</translation>
    </message>
</context>
<context>
    <name>PremiumChartView</name>
    <message>
        <location filename="../widgets/premiumchartview.cpp" line="223"/>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <location filename="../widgets/premiumchartview.cpp" line="224"/>
        <source>Premium %, %1</source>
        <translation>프리미엄 %, %1</translation>
    </message>
    <message>
        <location filename="../widgets/premiumchartview.cpp" line="224"/>
        <source>Premium %</source>
        <translation>프리미엄 %</translation>
    </message>
    <message>
        <location filename="../widgets/premiumchartview.cpp" line="225"/>
        <source>Waiting for the first premium…</source>
        <translation>첫 프리미엄을 기다리는 중…</translation>
    </message>
    <message>
        <location filename="../widgets/premiumchartview.cpp" line="226"/>
        <source>Premium chart</source>
        <translation>프리미엄 차트</translation>
    </message>
    <message>
        <location filename="../widgets/premiumchartview.cpp" line="242"/>
        <source>Premium: %1</source>
        <translation>프리미엄: %1</translation>
    </message>
    <message>
        <location filename="../widgets/premiumchartview.cpp" line="243"/>
        <location filename="../widgets/premiumchartview.cpp" line="244"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/premiumchartview.cpp" line="245"/>
        <source>USD/KRW: %1 (%2)</source>
        <translation>원/달러: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/premiumchartview.cpp" line="248"/>
        <source>Stale: computed from an old or failed input</source>
        <translation>갱신 중단: 오래되었거나 실패한 입력으로 계산됨</translation>
    </message>
</context>
<context>
    <name>PriceFormat</name>
    <message>
        <location filename="../widgets/priceformat.cpp" line="33"/>
        <source>₩%1</source>
        <extracomment>A price in Korean won; %1 is the grouped number, e.g. ₩129,555,000</extracomment>
        <translation>₩%1</translation>
    </message>
    <message>
        <location filename="../widgets/priceformat.cpp" line="39"/>
        <source>%1 USDT</source>
        <extracomment>A price in Tether; %1 is the grouped number, e.g. 89,277.10 USDT</extracomment>
        <translation>%1 USDT</translation>
    </message>
    <message>
        <location filename="../widgets/priceformat.cpp" line="50"/>
        <source>%1 %</source>
        <extracomment>A premium in percent; %1 is the signed number, e.g. +1.28 %</extracomment>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="28"/>
        <source>&amp;Korean spot (%1):</source>
        <translation>국내 현물 (%1)(&amp;K):</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="30"/>
        <source>&amp;Foreign perpetual (%1):</source>
        <translation>해외 무기한 선물 (%1)(&amp;F):</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="32"/>
        <source>&amp;USD/KRW (%1):</source>
        <translation>원/달러 환율 (%1)(&amp;U):</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="33"/>
        <source>USD/KRW f&amp;allback (%1):</source>
        <translation>원/달러 환율 예비 (%1)(&amp;A):</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="72"/>
        <source>Preferences</source>
        <translation>환경설정</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="74"/>
        <source>Exchange addresses</source>
        <translation>거래소 주소</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="85"/>
        <source>Scheme, host and optional port, e.g. %1. Empty uses the default.</source>
        <translation>스킴, 호스트, (선택) 포트. 예: %1. 비워 두면 기본값을 씁니다.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="96"/>
        <source>Premium and polling</source>
        <translation>프리미엄 및 조회</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="99"/>
        <source>Over the Korean price (seed formula)</source>
        <translation>국내 가격 기준 (기본 공식)</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="100"/>
        <source>Over the global price (as most Korean sites)</source>
        <translation>해외 가격 기준 (국내 대부분의 사이트 방식)</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="101"/>
        <source>Premium &amp;basis:</source>
        <translation>프리미엄 기준(&amp;B):</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="108"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="110"/>
        <source>&amp;Ticker period:</source>
        <translation>시세 조회 주기(&amp;T):</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="114"/>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="116"/>
        <source>USD/KRW &amp;period:</source>
        <translation>환율 조회 주기(&amp;P):</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="124"/>
        <source>&amp;Restore defaults</source>
        <translation>기본값 복원(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="180"/>
        <source>Not a valid URL.</source>
        <translation>올바른 URL이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="182"/>
        <source>Must start with http:// or https://.</source>
        <translation>http:// 또는 https://로 시작해야 합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="184"/>
        <source>Must name a host, e.g. https://api.example.com.</source>
        <translation>호스트가 있어야 합니다. 예: https://api.example.com</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="188"/>
        <source>Only scheme, host and port: the request path is added by the application.</source>
        <translation>스킴, 호스트, 포트만 입력하세요: 요청 경로는 프로그램이 붙입니다.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="227"/>
        <source>Must be between %1 and %2 ms.</source>
        <translation>%1에서 %2 ms 사이여야 합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="232"/>
        <source>Must be between %1 and %2 minutes.</source>
        <translation>%1에서 %2분 사이여야 합니다.</translation>
    </message>
</context>
<context>
    <name>TickerPanel</name>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="238"/>
        <source>%1/KRW spot</source>
        <translation>%1/KRW 현물</translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="241"/>
        <source>%1USDT perpetual</source>
        <translation>%1USDT 무기한 선물</translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="244"/>
        <source>USD/KRW</source>
        <translation>원/달러 환율</translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="255"/>
        <source>%1 · %2</source>
        <extracomment>Where and when a price came from, e.g. &quot;Dunamu · 3 min ago&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="257"/>
        <location filename="../widgets/tickerpanel.cpp" line="275"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="269"/>
        <source>%1 premium</source>
        <translation>%1 김치 프리미엄</translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="270"/>
        <source>Premium</source>
        <translation>프리미엄</translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="279"/>
        <source>Waiting for all three prices…</source>
        <translation>세 가격을 모두 기다리는 중…</translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="292"/>
        <source>STALE</source>
        <translation>갱신 중단</translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="298"/>
        <source>Computed at %1</source>
        <translation>%1 계산</translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="300"/>
        <source>Last fresh at %1</source>
        <translation>마지막 정상 값 %1</translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="302"/>
        <source>Not fresh since start</source>
        <translation>시작 후 정상 값 없음</translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="305"/>
        <source>%1 %2 (stale)</source>
        <translation>%1 %2 (갱신 중단)</translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="305"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
</TS>
