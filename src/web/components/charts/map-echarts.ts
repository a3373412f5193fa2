/**
 * The parts of ECharts a choropleth needs, registered once and loaded on demand (own chunk), like
 * echarts.ts for the bar charts.
 */
import { init, registerMap, use as registerParts, type ComposeOption } from 'echarts/core';
import { MapChart, type MapSeriesOption } from 'echarts/charts';
import {
  AriaComponent,
  TooltipComponent,
  VisualMapPiecewiseComponent,
  type AriaComponentOption,
  type TooltipComponentOption,
  type VisualMapComponentOption,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

registerParts([MapChart, TooltipComponent, VisualMapPiecewiseComponent, AriaComponent, SVGRenderer]);

export type MapChartOption = ComposeOption<MapSeriesOption | TooltipComponentOption | VisualMapComponentOption | AriaComponentOption>;

export { init, registerMap };
