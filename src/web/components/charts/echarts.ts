/**
 * The parts of ECharts we use, registered once. This module is only loaded with a dynamic import from
 * the chart components, so ECharts lands in its own chunk and only pages with a chart download it.
 */
// ECharts' `use` renamed: the React hooks lint would take it for React's `use` hook.
import { init, use as registerParts, type ComposeOption } from 'echarts/core';
import { BarChart, type BarSeriesOption } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  type AriaComponentOption,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

registerParts([BarChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, SVGRenderer]);

export type BarChartOption = ComposeOption<
  BarSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption | AriaComponentOption
>;

export { init };
